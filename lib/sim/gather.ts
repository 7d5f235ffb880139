import type { ContextValue, EvaluationInput } from "@/lib/iam";
import { requestContext } from "./context";
import { boundaryPolicy, identityPolicies } from "./identity";
import { addOrganizationPolicies } from "./organization";
import { resolvePrincipal, type ResolvedPrincipal } from "./principal";
import { accountOfResourceArn, findResource, resourcePolicy } from "./resource";
import { Gathering, type GatherOptions } from "./slots";
import type { PolicyOverride } from "./targets";
import type { SimWorld } from "./world";

export type { GatherOptions } from "./slots";

/** A request as lessons write it: principal shorthand or ARN, action, resource ARN (or `*`). */
export interface SimRequest {
  principal: string;
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
  /** A session policy passed when the principal's session was created. */
  sessionPolicy?: unknown;
}

/** An engine input plus the problems met while gathering it (unknown principal, missing policy...). */
export interface GatherResult {
  input: EvaluationInput;
  principal?: ResolvedPrincipal;
  problems: string[];
}

/**
 * Gathers everything the engine needs to decide a request in a simulated world: for a user, her
 * inline and attached managed policies and her groups'; her boundary; the session policy; the SCPs
 * of the principal's account by level; the RCPs of the resource's account by level; and the
 * resource's policy (the role's trust policy for `sts:AssumeRole*`). `overrides` (the learner's
 * answer slots) replace or add the documents at their targets and carry `slot:` ids.
 */
export function requestToEvaluationInput(
  sim: SimWorld,
  request: SimRequest,
  overrides: readonly PolicyOverride[] = [],
  options: GatherOptions = {},
): GatherResult {
  const g = new Gathering(sim, overrides, options);
  const resolved = resolvePrincipal(sim, request.principal);
  const resource = findResource(sim, request.resource);
  const input: EvaluationInput = {
    request: {
      principal: resolved.ok ? resolved.principal.arn : request.principal,
      action: request.action,
      resource: request.resource,
    },
  };
  if (!resolved.ok) {
    g.problems.push(resolved.error);
    return { input, problems: g.problems };
  }
  const principal = resolved.principal;
  const principalAccount = "account" in principal ? principal.account : undefined;
  const resourceAccount =
    resource?.account ?? accountOfResourceArn(request.resource) ?? principalAccount;
  if (resourceAccount !== undefined) input.request.resourceAccount = resourceAccount;
  input.request.context = requestContext(request.context, principal, resource?.tags, {
    organization: sim.world.organization,
    // Service principals and anonymous callers belong to no organization.
    principalAccount:
      principal.kind === "service" || principal.kind === "anonymous" ? undefined : principalAccount,
    resourceAccount,
  });

  const account = principalAccount === undefined ? undefined : sim.accounts.get(principalAccount);
  if (account && (principal.kind === "user" || principal.kind === "role")) {
    input.identityPolicies = identityPolicies(g, account, principal);
    const boundary = boundaryPolicy(g, account, principal);
    if (boundary) input.permissionsBoundary = boundary;
  }
  if (request.sessionPolicy !== undefined) {
    input.sessionPolicy = g.labelled(
      "request:session-policy",
      "session policy of the request",
      request.sessionPolicy,
      "session",
    );
  }
  const policy = resourcePolicy(g, request.action, resource);
  if (policy) input.resourcePolicy = policy;
  addOrganizationPolicies(g, input, principal, principalAccount, resourceAccount);
  return { input, principal, problems: g.problems };
}
