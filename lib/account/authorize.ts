/**
 * The one authorisation path: gather the engine input from the account as it is now
 * (`lib/sim` `requestToEvaluationInput`), decide with the engine (`lib/iam` `evaluate`), and turn
 * a refusal into AWS's AccessDenied wording.
 */
import { tryEvaluate, type ContextValue, type Decision, type StatementRef } from "@/lib/iam";
import { requestToEvaluationInput, type PolicyDocument } from "@/lib/sim";
import { apiError, type ApiError } from "./errors";
import type { AccountState } from "./state";
import { simWorldOf } from "./world";

/** An AWS managed policy as the catalog gives it. */
export interface AwsManagedPolicy {
  name: string;
  arn?: string;
  version?: string;
  document: unknown;
}

/** What operations need besides the state: the AWS managed policy catalog. */
export interface AccountEnv {
  /** An AWS managed policy by bare name (`ReadOnlyAccess`), or undefined when unknown. */
  awsManaged?: (name: string) => AwsManagedPolicy | undefined;
}

/** Who makes a call: a user ARN, a role session ARN or an account root ARN. */
export interface Caller {
  arn: string;
  sessionPolicy?: PolicyDocument;
  /** A role session obtained by a role session (role chaining). */
  chained?: boolean;
}

/** One request to authorise: the IAM action, its resource (or `*`) and extra context keys. */
export interface AuthRequest {
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
}

/** The outcome of {@link authorize}: allowed, or the error to return; the engine's decision. */
export type AuthResult =
  { allowed: true; decision?: Decision } | { allowed: false; error: ApiError; decision?: Decision };

function awsManagedDocuments(state: AccountState, env: AccountEnv): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const add = (ref: string | undefined) => {
    if (!ref?.startsWith("aws:") || out.has(ref.slice(4))) return;
    const policy = env.awsManaged?.(ref.slice(4));
    if (policy) out.set(ref.slice(4), policy.document);
  };
  for (const a of state.accounts) {
    for (const e of [...a.users, ...a.groups, ...a.roles]) e.attached.forEach(add);
    for (const e of [...a.users, ...a.roles]) add(e.boundary);
  }
  return out;
}

const POLICY_TYPE_WORDS: Record<string, string> = {
  identity: "an identity-based policy",
  resource: "a resource-based policy",
  trust: "the role trust policy",
  scp: "a service control policy",
  rcp: "a resource control policy",
  boundary: "a permissions boundary",
  session: "a session policy",
};

/** The ARN of a deciding managed policy (AWS appends it to explicit-deny messages since 2025). */
function policyArn(ref: StatementRef | undefined, env: AccountEnv): string | undefined {
  const id = ref?.policy.id ?? "";
  const customer = /^(\d{12}):policy\/(.+)$/.exec(id);
  if (customer) return `arn:aws:iam::${customer[1]}:policy/${customer[2]}`;
  const aws = /^aws:policy\/(.+)$/.exec(id);
  if (aws) return env.awsManaged?.(aws[1])?.arn ?? `arn:aws:iam::aws:policy/${aws[1]}`;
  return undefined;
}

/** The reason clause of AWS's AccessDenied message for a refused decision. */
function reasonClause(decision: Decision, action: string, env: AccountEnv): string {
  if (decision.decision === "ExplicitDeny") {
    const first = decision.deciding[0];
    const type = first?.policy.type ?? decision.decidedAt ?? "identity";
    const words = POLICY_TYPE_WORDS[type] ?? "a policy";
    const arn = type === "identity" || type === "boundary" ? policyArn(first, env) : undefined;
    return `with an explicit deny in ${words}${arn ? `: ${arn}` : ""}`;
  }
  switch (decision.reason) {
    case "scp-no-allow":
      return "with an explicit deny in a service control policy";
    case "rcp-no-allow":
      return "with an explicit deny in a resource control policy";
    case "boundary-no-allow":
      return `because no permissions boundary allows the ${action} action`;
    case "session-no-allow":
      return `because no session policy allows the ${action} action`;
    case "resource-policy-required":
      return /^sts:/i.test(action)
        ? `because no role trust policy allows the ${action} action`
        : `because no resource-based policy allows the ${action} action`;
    case "cross-account-no-resource-allow":
    case "anonymous-no-public-allow":
    case "service-no-resource-allow":
      return `because no resource-based policy allows the ${action} action`;
    default:
      return `because no identity-based policy allows the ${action} action`;
  }
}

/**
 * AWS's AccessDenied message: `User: ARN is not authorized to perform: ACTION on resource: ARN
 * because ...`. S3 quotes the resource; actions without a resource (`*`) name none.
 */
export function accessDeniedMessage(
  callerArn: string,
  request: AuthRequest,
  decision: Decision,
  env: AccountEnv = {},
): string {
  const service = request.action.split(":")[0].toLowerCase();
  const on =
    request.resource === "*"
      ? ""
      : service === "s3"
        ? ` on resource: "${request.resource}"`
        : ` on resource: ${request.resource}`;
  return `User: ${callerArn} is not authorized to perform: ${request.action}${on} ${reasonClause(decision, request.action, env)}`;
}

/** A deterministic stand-in for EC2's encoded authorization failure message. */
function encodedFailure(text: string): string {
  let h = 0;
  let out = "";
  for (let i = 0; out.length < 120; i++) {
    h = (Math.imul(h ^ text.charCodeAt(i % text.length), 0x01000193) + i) >>> 0;
    out += "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[h & 63];
  }
  return out;
}

/** The service error for a refused request, in each service's own code and wording. */
function deniedError(
  caller: Caller,
  request: AuthRequest,
  decision: Decision,
  env: AccountEnv,
): ApiError {
  const message = accessDeniedMessage(caller.arn, request, decision, env);
  if (/^ec2:/i.test(request.action)) {
    const tail =
      request.resource === "*"
        ? ""
        : `. Encoded authorization failure message: ${encodedFailure(message)}`;
    return apiError(
      "UnauthorizedOperation",
      `You are not authorized to perform this operation. ${message}${tail}`,
      403,
    );
  }
  if (/^(dynamodb|kms):/i.test(request.action))
    return apiError("AccessDeniedException", message, 400);
  return apiError("AccessDenied", message, 403);
}

/**
 * Decides one request as the caller against the state: gather -> evaluate. `sts:GetCallerIdentity`
 * needs no permission and is never denied. A caller the account does not know (a deleted user)
 * gets `InvalidClientTokenId`.
 */
export function authorize(
  state: AccountState,
  env: AccountEnv,
  caller: Caller,
  request: AuthRequest,
): AuthResult {
  if (request.action.toLowerCase() === "sts:getcalleridentity") return { allowed: true };
  const sim = simWorldOf(state);
  const gathered = requestToEvaluationInput(
    sim,
    {
      principal: caller.arn,
      action: request.action,
      resource: request.resource,
      context: request.context,
      sessionPolicy: caller.sessionPolicy,
    },
    [],
    { managedPolicies: awsManagedDocuments(state, env) },
  );
  if (gathered.principal === undefined)
    return {
      allowed: false,
      error: apiError(
        "InvalidClientTokenId",
        "The security token included in the request is invalid.",
        403,
      ),
    };
  const result = tryEvaluate(gathered.input);
  if (!result.ok)
    return {
      allowed: false,
      error: apiError(
        "ServiceFailure",
        `The simulated account holds a policy the engine cannot read: ${result.issues[0]?.message ?? "unknown problem"}`,
        500,
      ),
    };
  const decision = result.decision;
  if (decision.decision === "Allow") return { allowed: true, decision };
  return { allowed: false, error: deniedError(caller, request, decision, env), decision };
}
