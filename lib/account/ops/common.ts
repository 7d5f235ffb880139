/** Helpers the IAM operations share: ARNs, output shapes, policy references and documents. */
import { parsePolicy, type PolicyType } from "@/lib/iam";
import type { PolicyDocument } from "@/lib/sim";
import { apiError, noSuchPolicy, type ApiError } from "../errors";
import type { OpContext } from "../operation";
import type { AccountRecord, GroupRecord, PolicyRecord, RoleRecord, UserRecord } from "../state";

/** `arn:aws:iam::ACCOUNT:KIND PATH NAME`. */
export function iamArn(account: string, kind: string, name: string, path = "/"): string {
  return `arn:aws:iam::${account}:${kind}${path}${name}`;
}

/** A string parameter (undefined when absent). */
export function str(params: Record<string, unknown>, key: string): string | undefined {
  const v = params[key];
  return typeof v === "string" ? v : v === undefined ? undefined : String(v);
}

/** A required string parameter (the CLI has already checked it is there). */
export function req(params: Record<string, unknown>, key: string): string {
  return str(params, key) ?? "";
}

/** CLI v2 shape of a user. */
export function userShape(account: string, u: UserRecord) {
  return {
    Path: u.path,
    UserName: u.name,
    UserId: u.id,
    Arn: iamArn(account, "user", u.name, u.path),
    CreateDate: u.created,
  };
}

/** CLI v2 shape of a group. */
export function groupShape(account: string, g: GroupRecord) {
  return {
    Path: g.path,
    GroupName: g.name,
    GroupId: g.id,
    Arn: iamArn(account, "group", g.name, g.path),
    CreateDate: g.created,
  };
}

/** CLI v2 shape of a role. */
export function roleShape(account: string, r: RoleRecord) {
  return {
    Path: r.path,
    RoleName: r.name,
    RoleId: r.id,
    Arn: iamArn(account, "role", r.name, r.path),
    CreateDate: r.created,
    AssumeRolePolicyDocument: r.trustPolicy,
  };
}

/** Tags as the API lists them. */
export function tagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** The ARN of a managed policy reference (`Name` customer managed, `aws:Name` AWS managed). */
export function refArn(account: AccountRecord, ref: string, ctx: OpContext): string {
  if (ref.startsWith("aws:"))
    return ctx.env.awsManaged?.(ref.slice(4))?.arn ?? `arn:aws:iam::aws:policy/${ref.slice(4)}`;
  const p = account.policies.find((x) => x.name === ref);
  return iamArn(account.id, "policy", ref, p?.path ?? "/");
}

/** The bare name of a managed policy reference. */
export function refName(ref: string): string {
  return ref.startsWith("aws:") ? ref.slice(4) : ref;
}

const POLICY_ARN = /^arn:aws[\w-]*:iam::(\d{12}|aws):policy\/(?:(.*)\/)?([\w+=,.@-]+)$/;

/** A parsed managed policy ARN. */
export interface PolicyArnParts {
  owner: string;
  name: string;
  path: string;
}

/** Splits a managed policy ARN, or undefined if it is not one. */
export function parsePolicyArn(arn: string): PolicyArnParts | undefined {
  const m = POLICY_ARN.exec(arn);
  if (!m) return undefined;
  return { owner: m[1], name: m[3], path: m[2] ? `/${m[2]}/` : "/" };
}

/** `InvalidInput` for an ARN the API cannot read. */
export function invalidArn(arn: string): ApiError {
  return apiError("InvalidInput", `ARN ${arn} is not valid.`);
}

/**
 * The reference a policy ARN attaches as (`Name` or `aws:Name`), or the error AWS returns for a
 * policy that does not exist (or lives in another account).
 */
export function resolvePolicyArn(
  account: AccountRecord,
  arn: string,
  ctx: OpContext,
): { ref: string; policy?: PolicyRecord } | ApiError {
  const parts = parsePolicyArn(arn);
  if (!parts) return invalidArn(arn);
  if (parts.owner === "aws") {
    if (ctx.env.awsManaged?.(parts.name) === undefined) return noSuchPolicy(arn);
    return { ref: `aws:${parts.name}` };
  }
  const policy = account.policies.find((p) => p.name === parts.name && p.path === parts.path);
  if (parts.owner !== account.id || policy === undefined) return noSuchPolicy(arn);
  return { ref: policy.name, policy };
}

/**
 * Reads a policy document given as text, as IAM stores it: invalid JSON or a grammar error is
 * `MalformedPolicyDocument` (a trust policy with a Resource: `Has prohibited field Resource`).
 */
export function readDocument(text: string, type: PolicyType): PolicyDocument | ApiError {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return apiError("MalformedPolicyDocument", "This policy contains invalid Json");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return apiError("MalformedPolicyDocument", "This policy contains invalid Json");
  const parsed = parsePolicy(value, { type });
  if (parsed.errors.length > 0) {
    const statements = (value as { Statement?: unknown }).Statement;
    const list = Array.isArray(statements) ? statements : [statements];
    if (type === "trust" && list.some((s) => s && typeof s === "object" && "Resource" in s))
      return apiError("MalformedPolicyDocument", "Has prohibited field Resource");
    return apiError("MalformedPolicyDocument", "Syntax errors in policy.");
  }
  return value as PolicyDocument;
}

/** Parses `--tags` values: `[{Key, Value}]` into a record. */
export function readTags(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(value)) return out;
  for (const t of value) {
    if (t && typeof t === "object" && "Key" in t)
      out[String((t as { Key: unknown }).Key)] = String((t as { Value?: unknown }).Value ?? "");
  }
  return out;
}

/** Request context for tag-on-create: `aws:RequestTag/k` and `aws:TagKeys`. */
export function tagContext(tags: Record<string, string>): Record<string, string | string[]> {
  const keys = Object.keys(tags);
  if (keys.length === 0) return {};
  const ctx: Record<string, string | string[]> = { "aws:TagKeys": keys };
  for (const [k, v] of Object.entries(tags)) ctx[`aws:RequestTag/${k}`] = v;
  return ctx;
}
