/** Plain names for stages and statements, shared by notes and summaries. */
import type { StatementRef, TraceStage } from "../types";

/** The singular name of each stage's policy kind, as AWS error messages say it. */
export const STAGE_POLICY_NAME: Record<TraceStage, string> = {
  scp: "service control policy",
  rcp: "resource control policy",
  resource: "resource-based policy",
  identity: "identity-based policy",
  boundary: "permissions boundary",
  session: "session policy",
};

/** `Statement[1] ("DenyHttp") of bucket policy`: names a statement for people. */
export function describeStatement(ref: StatementRef): string {
  const sid = ref.sid ? ` (${JSON.stringify(ref.sid)})` : "";
  const policy = ref.policy.label ?? ref.policy.id;
  return `${ref.path}${sid} of ${policy}`;
}
