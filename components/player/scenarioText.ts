import type { Lesson, Slot } from "@/lib/lessons";

type World = Lesson["scenario"];
type Account = World["accounts"][number];

const RESOURCE_KIND_NAMES: Record<string, string> = {
  "s3-bucket": "S3 bucket",
  "s3-object": "S3 object",
  "ec2-instance": "EC2 instance",
  "dynamodb-table": "DynamoDB table",
  "kms-key": "KMS key",
  "sqs-queue": "SQS queue",
  "lambda-function": "Lambda function",
  "sns-topic": "SNS topic",
};

/** A resource kind in words ("S3 bucket"). */
export function resourceKindName(kind: string): string {
  return RESOURCE_KIND_NAMES[kind] ?? kind;
}

/** A managed policy reference in words: `aws:ReadOnlyAccess` -> "ReadOnlyAccess (AWS managed)". */
export function managedName(ref: string): string {
  return ref.startsWith("aws:") ? `${ref.slice(4)} (AWS managed)` : ref;
}

/** Tags as "key=value" words. */
export function tagText(tags: Record<string, string> | undefined): string[] {
  return Object.entries(tags ?? {}).map(([k, v]) => `${k}=${v}`);
}

function asList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** Who a trust policy lets assume the role, read from its Allow statements' principals. */
export function trustedPrincipals(doc: Record<string, unknown>): string[] {
  const statements = Array.isArray(doc.Statement)
    ? doc.Statement
    : doc.Statement
      ? [doc.Statement]
      : [];
  const out = new Set<string>();
  for (const s of statements as Record<string, unknown>[]) {
    if (!s || typeof s !== "object" || s.Effect !== "Allow") continue;
    const p = s.Principal;
    if (p === "*") out.add("anyone (*)");
    else if (p && typeof p === "object")
      for (const v of Object.values(p as Record<string, unknown>))
        asList(v).forEach((x) => out.add(x));
  }
  return [...out];
}

/**
 * Who the learner's draft trust policy lets assume the role, for the diagram to follow as they
 * type: the principals it names, or null while the draft is not a JSON object.
 */
export function draftTrustedPrincipals(text: string): string[] | null {
  try {
    const doc: unknown = JSON.parse(text);
    return doc && typeof doc === "object" && !Array.isArray(doc)
      ? trustedPrincipals(doc as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The slots whose documents live on an entity, so the diagram can mark what the learner edits. */
export function slotsOn(
  slots: readonly Slot[],
  account: Account,
  first: boolean,
  entity: { kind: "user" | "group" | "role" | "resource"; name: string },
): Slot[] {
  return slots.filter((slot) => {
    const t = slot.target;
    const inAccount = "account" in t && t.account !== undefined ? t.account === account.id : first;
    switch (t.kind) {
      case "user-inline":
        return inAccount && entity.kind === "user" && t.user === entity.name;
      case "group-inline":
        return inAccount && entity.kind === "group" && t.group === entity.name;
      case "role-inline":
      case "role-trust":
        return inAccount && entity.kind === "role" && t.role === entity.name;
      case "boundary":
        return (
          inAccount &&
          ((entity.kind === "user" && t.user === entity.name) ||
            (entity.kind === "role" && t.role === entity.name))
        );
      case "resource-policy":
        return entity.kind === "resource" && t.arn === entity.name;
      default:
        return false;
    }
  });
}
