/**
 * Every change to the account is an AWS API action run through {@link call}: validate the
 * parameters as AWS does, authorise each request as the acting principal (gather -> evaluate),
 * then apply to a copy of the state. A refusal returns the unchanged state, AWS's error and the
 * engine's decision (so the UI can show its trace).
 */
import type { Decision } from "@/lib/iam";
import { authorize, type AccountEnv, type AuthRequest, type Caller } from "./authorize";
import { apiError, isApiError, type ApiError } from "./errors";
import { accountById, byName, type AccountRecord, type AccountState } from "./state";

/** Parameters of an API call, keyed by the API's member names (`UserName`, `PolicyArn`...). */
export type Params = Record<string, unknown>;

/** What an operation sees while it runs. */
export interface OpContext {
  caller: Caller;
  /** The caller's account id. */
  accountId: string;
  /** `user`, `role` (a role session) or `root`. */
  callerKind: "user" | "role" | "root" | "other";
  /** The caller's user, role or root name (user name, role name, `root`). */
  callerName: string;
  /** Role session name, for role sessions. */
  sessionName?: string;
  env: AccountEnv;
  /** The region of the call (EC2). */
  region: string;
}

/** One AWS API action. */
export interface Operation {
  /** The API's operation name, as the CLI's error line names it (`CreateUser`). */
  name: string;
  /** The IAM action it is authorised as (`iam:CreateUser`). */
  action: string;
  /** Parameter checks AWS makes before anything else (ValidationError). */
  validate?: (params: Params, ctx: OpContext) => ApiError | undefined;
  /**
   * The requests to authorise (default: the action on `*`). An ApiError here is returned before
   * authorisation (EC2 checks instance ids first).
   */
  requests?: (state: AccountState, params: Params, ctx: OpContext) => AuthRequest[] | ApiError;
  /** Applies the call to a draft copy of the state (mutate it freely); returns the output. */
  apply: (draft: AccountState, params: Params, ctx: OpContext) => unknown;
}

/** The result of a call. */
export type CallResult =
  | { ok: true; state: AccountState; output: unknown; decisions: Decision[] }
  | { ok: false; state: AccountState; error: ApiError; decisions: Decision[] };

/** The caller's account, kind and name from its ARN. */
export function describeCaller(
  caller: Caller,
): Pick<OpContext, "accountId" | "callerKind" | "callerName" | "sessionName"> {
  const user = /^arn:aws[\w-]*:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/.exec(caller.arn);
  if (user) return { accountId: user[1], callerKind: "user", callerName: user[2] };
  const session = /^arn:aws[\w-]*:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/.exec(caller.arn);
  if (session)
    return {
      accountId: session[1],
      callerKind: "role",
      callerName: session[2],
      sessionName: session[3],
    };
  const root = /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(caller.arn);
  if (root) return { accountId: root[1], callerKind: "root", callerName: "root" };
  const any = /:(\d{12}):/.exec(caller.arn);
  return { accountId: any?.[1] ?? "000000000000", callerKind: "other", callerName: caller.arn };
}

/** True when the caller's account, and its user or role, exist in the state. */
function callerExists(state: AccountState, ctx: OpContext): boolean {
  const account = accountById(state, ctx.accountId);
  if (account === undefined || ctx.callerKind === "other") return false;
  if (ctx.callerKind === "user") return byName(account.users, ctx.callerName) !== undefined;
  if (ctx.callerKind === "role") return byName(account.roles, ctx.callerName) !== undefined;
  return true;
}

/** The caller's own account record in a (draft) state. */
export function ownAccount(state: AccountState, ctx: OpContext): AccountRecord {
  const account = accountById(state, ctx.accountId);
  if (account === undefined) throw new Error(`no account ${ctx.accountId}`);
  return account;
}

/**
 * Runs one API action as `caller`: validate -> authorise every request -> apply to a copy.
 * The input state is never changed.
 */
export function call(
  state: AccountState,
  env: AccountEnv,
  caller: Caller,
  operation: Operation,
  params: Params,
  region = "us-east-1",
): CallResult {
  const ctx: OpContext = { caller, env, region, ...describeCaller(caller) };
  const fail = (error: ApiError, decisions: Decision[] = []): CallResult => ({
    ok: false,
    state,
    error,
    decisions,
  });
  if (!callerExists(state, ctx))
    return fail(
      apiError(
        "InvalidClientTokenId",
        "The security token included in the request is invalid.",
        403,
      ),
    );
  const invalid = operation.validate?.(params, ctx);
  if (invalid) return fail(invalid);
  const requests = operation.requests?.(state, params, ctx) ?? [
    { action: operation.action, resource: "*" },
  ];
  if (isApiError(requests)) return fail(requests);
  const decisions: Decision[] = [];
  for (const request of requests) {
    const auth = authorize(state, env, caller, request);
    if (auth.decision) decisions.push(auth.decision);
    if (!auth.allowed) return fail(auth.error, decisions);
  }
  const draft = structuredClone(state);
  draft.clock += 1000;
  const output = operation.apply(draft, params, ctx);
  if (isApiError(output)) return fail(output, decisions);
  return { ok: true, state: draft, output, decisions };
}
