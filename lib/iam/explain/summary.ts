/** The one-sentence, AWS-style summary of a decision. */
import type { Outcome } from "../evaluate/engine";
import type { NormalizedRequest } from "../evaluate/request";
import { describePrincipal } from "../principal/identity";
import { STAGE_POLICY_NAME, describeStatement } from "./names";

/** "User alice is not authorized to perform s3:GetObject on resource arn:... because ...". */
export function summarize(o: Outcome, req: NormalizedRequest): string {
  const who = describePrincipal(req.principal);
  const what = `${req.action} on resource ${req.resource}`;
  const a = req.action;
  if (o.decision === "Allow") {
    if (o.deciding.length === 0)
      return `${who} is allowed to perform ${what} because the root user has full access to its own account`;
    const by = o.deciding.map(describeStatement).join(" and ");
    return `${who} is allowed to perform ${what}: allowed by ${by}`;
  }
  const head = `${who} is not authorized to perform ${what}`;
  if (o.decision === "ExplicitDeny") {
    const first = o.deciding[0];
    const stage = o.decidedAt ? STAGE_POLICY_NAME[o.decidedAt] : "policy";
    return (
      `${head} with an explicit deny in ${/^[aeiou]/.test(stage) ? "an" : "a"} ${stage}` +
      (first ? ` (${describeStatement(first)})` : "")
    );
  }
  const level =
    o.level === undefined
      ? ""
      : o.level === 0
        ? " at the organization root"
        : ` at organization level ${o.level}`;
  switch (o.reason) {
    case "scp-no-allow":
      // AWS words every SCP refusal as an explicit deny, even when no SCP allows the action.
      return `${head} with an explicit deny in a service control policy (AWS says so even here, where no service control policy${level} allows the ${a} action)`;
    case "rcp-no-allow":
      return `${head} because no resource control policy${level} allows the ${a} action`;
    case "boundary-no-allow":
      return `${head} because no permissions boundary allows the ${a} action`;
    case "session-no-allow":
      return `${head} because no session policy allows the ${a} action`;
    case "resource-policy-required":
      return req.actionLower.startsWith("kms:")
        ? `${head} because no key policy allows the ${a} action (a KMS key policy must allow access explicitly)`
        : `${head} because the role's trust policy does not allow ${who.charAt(0).toLowerCase() + who.slice(1)} to perform ${a}`;
    case "cross-account-no-resource-allow":
      return `${head} because no resource-based policy in account ${req.resourceAccount ?? "of the resource"} allows the ${a} action (cross-account access needs an allow on both sides)`;
    case "cross-account-no-identity-allow":
      return `${head} because no identity-based policy allows the ${a} action (cross-account access needs an allow on both sides)`;
    case "anonymous-no-public-allow":
      return `${head} because no resource-based policy allows the ${a} action for anonymous callers`;
    case "anonymous-needs-credentials":
      return `${head} because ${a} must be called with AWS credentials (an IAM user or a role session), never anonymously`;
    case "service-no-resource-allow":
      return `${head} because no resource-based policy allows the ${a} action`;
    default:
      return `${head} because no identity-based policy allows the ${a} action`;
  }
}
