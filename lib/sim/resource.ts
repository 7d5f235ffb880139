import type { LabelledPolicy } from "@/lib/iam";
import type { Resource, Role, Tags } from "./model";
import type { Gathering } from "./slots";
import type { SimWorld } from "./world";

/** A resource of the world (or a role, for trust-policy requests) that a request names. */
export interface FoundResource {
  account: string;
  resource?: Resource;
  tags?: Tags;
  role?: Role;
}

const ROLE_ACTIONS =
  /^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/i;

/**
 * The resource of the world an ARN names: an exact resource, a role (for trust policies), or, for
 * an S3 object ARN, its bucket (whose tags do not apply to the object). Undefined if unknown.
 */
export function findResource(sim: SimWorld, arn: string): FoundResource | undefined {
  const exact = sim.resources.get(arn);
  // An object's policy is its bucket's, also for an object the scenario lists itself.
  if (exact && exact.resource.kind !== "s3-object") return { ...exact, tags: exact.resource.tags };
  const bucket = bucketOf(sim, arn);
  if (exact)
    return bucket
      ? { ...bucket, tags: exact.resource.tags }
      : { ...exact, tags: exact.resource.tags };
  const role = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
  if (role) {
    const r = sim.accounts.get(role[1])?.roles.get(role[2]);
    if (r) return { account: role[1], tags: r.tags, role: r };
  }
  if (bucket) return { ...bucket, tags: undefined };
  return undefined;
}

/** The bucket of an S3 object ARN, when the world has it. */
function bucketOf(sim: SimWorld, arn: string) {
  const object = /^(arn:aws[\w-]*:s3:::[^/]+)\/.+$/.exec(arn);
  return object ? sim.resources.get(object[1]) : undefined;
}

/**
 * The resource-based policy that applies to a request: the role's trust policy for
 * `sts:AssumeRole*` and friends, else the found resource's policy, each replaced by its slot
 * override if the learner has one.
 */
export function resourcePolicy(
  g: Gathering,
  action: string,
  found: FoundResource | undefined,
): LabelledPolicy | undefined {
  if (found?.role && ROLE_ACTIONS.test(action)) {
    const role = found.role;
    const slot = g.override(
      (t) =>
        t.kind === "role-trust" &&
        (t.account ?? g.sim.defaultAccount) === found.account &&
        t.role === role.name,
    );
    if (slot) return g.slot(slot, "trust");
    return g.labelled(
      `${found.account}:role/${role.name}:trust`,
      `trust policy of role ${role.name}`,
      role.trustPolicy,
      "trust",
    );
  }
  if (found?.resource === undefined) return undefined;
  const arn = found.resource.arn;
  const label = `${policyNoun(found.resource)} of ${found.resource.name ?? arn}`;
  const slot = g.override((t) => t.kind === "resource-policy" && t.arn === arn);
  if (slot) return g.labelled(slot.id, slot.label ?? label, slot.document, "resource");
  if (found.resource.policy === undefined) return undefined;
  return g.labelled(`resource:${arn}`, label, found.resource.policy, "resource");
}

/** The account id in an ARN's fifth field, if it is twelve digits. */
export function accountOfResourceArn(arn: string): string | undefined {
  const parts = arn.split(":");
  return parts.length >= 6 && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

function policyNoun(resource: Resource): string {
  switch (resource.kind) {
    case "s3-bucket":
    case "s3-object":
      return "bucket policy";
    case "kms-key":
      return "key policy";
    case "sqs-queue":
      return "queue policy";
    case "sns-topic":
      return "topic policy";
    case "lambda-function":
      return "function policy";
    default:
      return "resource policy";
  }
}
