/**
 * The AWS evaluation logic proper, once the stages have been scanned: explicit denies anywhere,
 * SCPs and RCPs per organization level, resource-based policies (with same-account standing
 * grants), identity policies, permissions boundary and session policy, cross-account rules, and
 * the policies that must explicitly allow (KMS key policies, role trust policies).
 *
 * Both the traced run (`engine.ts`) and the fast scan (`scan.ts`) fill in `Findings`; this file
 * turns them into an `Outcome`. Deciding statements are copied, so findings may be reused.
 */
import type { PrincipalGrant } from "../principal/match";
import type { DecisionKind, DecisionReason, StatementRef, TraceStage } from "../types";
import type { PreparedInput } from "./prepared";
import type { NormalizedRequest } from "./request";
import { RCP_SERVICES } from "./rcp-services";

/** The decision without its summary and trace. */
export interface Outcome {
  decision: DecisionKind;
  reason: DecisionReason;
  decidedAt?: TraceStage;
  deciding: StatementRef[];
  /** For `scp-no-allow` / `rcp-no-allow`: the organization level that had no Allow. */
  level?: number;
  /** The stages skipped and why (SCPs for a service-linked role, ...). */
  skipped?: Partial<Record<TraceStage, string>>;
}

/** What scanning the stages found. */
export interface Findings {
  /** Matching Deny statements, in stage order (the first `denyCount` entries count). */
  denies: StatementRef[];
  denyCount: number;
  firstDenyStage: TraceStage | undefined;
  /** First organization level without an Allow, or -1. */
  scpFail: number;
  rcpFail: number;
  skipped: Partial<Record<TraceStage, string>> | undefined;
  /** Matching Allow statements of the resource-based policy, and how the strongest named the caller. */
  resAllows: StatementRef[];
  /** What each resource allow grants the caller, index for index with `resAllows`. */
  resAllowGrants: PrincipalGrant[];
  resAllowCount: number;
  resGrant: PrincipalGrant | undefined;
  /** Matching Allow statements of the identity-based policies. */
  idAllows: StatementRef[];
  idAllowCount: number;
  boundaryAllows: boolean;
  sessionAllows: boolean;
}

/** Empty findings. */
export function newFindings(): Findings {
  return {
    denies: [],
    denyCount: 0,
    firstDenyStage: undefined,
    scpFail: -1,
    rcpFail: -1,
    skipped: undefined,
    resAllows: [],
    resAllowGrants: [],
    resAllowCount: 0,
    resGrant: undefined,
    idAllows: [],
    idAllowCount: 0,
    boundaryAllows: false,
    sessionAllows: false,
  };
}

/** Why SCPs do not apply to this request, or undefined when they do. */
export function scpSkip(p: PreparedInput, req: NormalizedRequest): string | undefined {
  const k = req.principal.kind;
  if (k === "service") return "SCPs do not apply to AWS service principals.";
  if (k === "anonymous") return "SCPs do not apply to anonymous callers.";
  if (req.serviceLinked) return "SCPs do not apply to service-linked roles.";
  if (req.principalAccount === undefined)
    return "SCPs do not apply: the caller does not belong to an account in the organization.";
  if (p.managementAccount !== undefined && p.managementAccount === req.principalAccount) {
    return "SCPs do not apply to principals of the organization's management account.";
  }
  return undefined;
}

/** Why RCPs do not apply to this request, or undefined when they do. */
export function rcpSkip(p: PreparedInput, req: NormalizedRequest): string | undefined {
  if (req.serviceLinked) return "RCPs do not apply to service-linked roles.";
  const colon = req.actionLower.indexOf(":");
  const service = colon > 0 ? req.actionLower.slice(0, colon) : req.actionLower;
  if (!RCP_SERVICES.has(service)) {
    return `RCPs do not apply to ${service} actions: the service does not support resource control policies.`;
  }
  if (p.managementAccount !== undefined && p.managementAccount === req.resourceAccount) {
    return "RCPs do not apply to resources in the organization's management account.";
  }
  return undefined;
}

/** True when the caller has identity-based policies at all (not services, anonymous, IdPs). */
export function hasIdentityStage(req: NormalizedRequest): boolean {
  const kind = req.principal.kind;
  return kind !== "service" && kind !== "anonymous" && kind !== "federated";
}

function outcome(
  skipped: Outcome["skipped"],
  decision: DecisionKind,
  reason: DecisionReason,
  decidedAt?: TraceStage,
  deciding: StatementRef[] = [],
  level?: number,
): Outcome {
  // Every field always present: one object shape for the code that reads outcomes.
  return { decision, reason, decidedAt, deciding, level, skipped };
}

/** The denial caused by a boundary or session policy that does not allow, if any. */
function capped(
  skipped: Outcome["skipped"],
  boundaryOk: boolean,
  sessionOk: boolean,
): Outcome | undefined {
  if (!boundaryOk) return outcome(skipped, "ImplicitDeny", "boundary-no-allow", "boundary");
  if (!sessionOk) return outcome(skipped, "ImplicitDeny", "session-no-allow", "session");
  return undefined;
}

/** The first `n` entries as a new array (literals for the usual one or two). */
function take(list: StatementRef[], n: number): StatementRef[] {
  if (n === 1) return [list[0]];
  if (n === 2) return [list[0], list[1]];
  return list.slice(0, n);
}

function resAllows(f: Findings): StatementRef[] {
  return take(f.resAllows, f.resAllowCount);
}

/**
 * The resource allows that grant the caller on their own: a statement naming only the caller's
 * account delegates to identity policies and decides nothing by itself.
 */
function standingAllows(f: Findings): StatementRef[] {
  const out: StatementRef[] = [];
  for (let i = 0; i < f.resAllowCount; i++)
    if (f.resAllowGrants[i] !== "account") out.push(f.resAllows[i]);
  return out;
}

function idAllows(f: Findings): StatementRef[] {
  return take(f.idAllows, f.idAllowCount);
}

/** The identity allows followed by the resource allows, as a new array. */
function bothAllows(f: Findings): StatementRef[] {
  const out = new Array<StatementRef>(f.idAllowCount + f.resAllowCount);
  for (let i = 0; i < f.idAllowCount; i++) out[i] = f.idAllows[i];
  for (let i = 0; i < f.resAllowCount; i++) out[f.idAllowCount + i] = f.resAllows[i];
  return out;
}

/** Decides from the findings of every stage. */
export function conclude(p: PreparedInput, req: NormalizedRequest, f: Findings): Outcome {
  const sk = f.skipped;
  if (f.denyCount > 0) {
    const denies = take(f.denies, f.denyCount);
    return outcome(sk, "ExplicitDeny", "explicit-deny", f.firstDenyStage, denies);
  }
  if (f.scpFail >= 0) return outcome(sk, "ImplicitDeny", "scp-no-allow", "scp", [], f.scpFail);
  if (f.rcpFail >= 0) return outcome(sk, "ImplicitDeny", "rcp-no-allow", "rcp", [], f.rcpFail);

  const resAllow = f.resAllowCount > 0;
  const kind = req.principal.kind;
  if (!hasIdentityStage(req)) {
    // TRUST-8: AssumeRole is always a signed call; only the SAML and web identity forms are not.
    if (kind === "anonymous" && req.actionLower === "sts:assumerole")
      return outcome(sk, "ImplicitDeny", "anonymous-needs-credentials", "resource");
    if (resAllow) return outcome(sk, "Allow", "allowed", "resource", resAllows(f));
    return outcome(
      sk,
      "ImplicitDeny",
      kind === "anonymous" ? "anonymous-no-public-allow" : "service-no-resource-allow",
      "resource",
    );
  }

  const required = req.required;
  const identityAllow = kind === "root" || f.idAllowCount > 0;
  const boundaryOk = !p.boundary || f.boundaryAllows;
  const sessionOk = !p.session || f.sessionAllows;
  const sameAccount =
    req.principalAccount !== undefined && req.principalAccount === req.resourceAccount;

  if (sameAccount) {
    if (required && !resAllow)
      return outcome(sk, "ImplicitDeny", "resource-policy-required", "resource");
    const grant = f.resGrant;
    if (resAllow && grant !== undefined && grant !== "account") {
      // Standing grants: a session ARN stands alone; a user ARN is capped only by a session
      // policy; a role ARN by boundary and session policy; trust policies always by both.
      const trust = required === "trust";
      const limit =
        grant === "session" && !trust
          ? undefined
          : capped(sk, grant === "role" || trust ? boundaryOk : true, sessionOk);
      return limit ?? outcome(sk, "Allow", "allowed", "resource", standingAllows(f));
    }
    if (!identityAllow) return outcome(sk, "ImplicitDeny", "no-identity-allow", "identity");
    return (
      capped(sk, boundaryOk, sessionOk) ??
      outcome(sk, "Allow", "allowed", "identity", resAllow ? bothAllows(f) : idAllows(f))
    );
  }
  if (!resAllow) {
    return outcome(
      sk,
      "ImplicitDeny",
      required ? "resource-policy-required" : "cross-account-no-resource-allow",
      "resource",
    );
  }
  if (!identityAllow)
    return outcome(sk, "ImplicitDeny", "cross-account-no-identity-allow", "identity");
  return (
    capped(sk, boundaryOk, sessionOk) ?? outcome(sk, "Allow", "allowed", "identity", bothAllows(f))
  );
}
