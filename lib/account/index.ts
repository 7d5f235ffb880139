/**
 * Front door of the simulated AWS account: state built from a lesson scenario, API operations
 * authorised through the engine, and the `aws` CLI over them.
 *
 * ```ts
 * const state = fromWorld(lesson.scenario);
 * const r = call(state, env, { arn: "arn:aws:iam::111122223333:user/bob" }, OPERATIONS.CreateUser, { UserName: "carol" });
 * r.ok ? r.state : r.error.message; // AccessDenied, with r.decisions for the trace
 * const session = createSession(state, { arn: "arn:aws:iam::111122223333:root" });
 * runCommand(session, "aws iam list-users"); // { exitCode, stdout, stderr, session }
 * ```
 */
export type {
  AccountState,
  AccountRecord,
  UserRecord,
  GroupRecord,
  RoleRecord,
  PolicyRecord,
  PolicyVersionRecord,
  InstanceProfileRecord,
  BucketRecord,
  ObjectRecord,
  InstanceRecord,
  InstanceStateName,
  AccessKeyRecord,
  LoginProfileRecord,
  IssuedCredential,
} from "./state";
export { INSTANCE_STATES, accountById } from "./state";
export { fromWorld, toWorld, simWorldOf } from "./world";
export { START_CLOCK, isoDate } from "./clock";
export type { ApiError } from "./errors";
export { isApiError } from "./errors";
export type { AccountEnv, AwsManagedPolicy, Caller, AuthRequest, AuthResult } from "./authorize";
export { authorize, accessDeniedMessage } from "./authorize";
export type { Operation, OpContext, Params, CallResult } from "./operation";
export { call, describeCaller } from "./operation";
export { OPERATIONS } from "./ops";
export type { CliSession, CommandRun } from "./cli/session";
export { createSession, runCommand } from "./cli/session";
export type { CommandOutput } from "./cli/usage";
export { tokenize } from "./cli/tokenize";
export { defaultCaller } from "./identity";
