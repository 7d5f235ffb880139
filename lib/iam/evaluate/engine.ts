/**
 * The AWS evaluation logic: SCPs and RCPs per organization level, explicit denies anywhere,
 * resource-based policies (with same-account standing grants), identity policies, permissions
 * boundary and session policy, cross-account rules, and the policies that must explicitly
 * allow (KMS key policies, role trust policies).
 *
 * `decide` runs without a trace (the warm path); pass a `TraceStep[]` to record every stage,
 * policy and statement.
 */
import { wildcardGrant, type PrincipalGrant } from "../principal/match";
import type {
  DecisionKind,
  DecisionReason,
  PolicyTrace,
  StageOutcome,
  StatementRef,
  TraceStage,
  TraceStep,
} from "../types";
import type { PreparedInput, PreparedPolicy } from "./prepared";
import type { NormalizedRequest } from "./request";
import { explainStatement, statementApplies } from "./statement";
import { stageNote } from "../explain/notes";

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

/** What one stage's policies did. */
interface StageResult {
  allows: StatementRef[];
  grant?: PrincipalGrant;
}

const GRANT_RANK: Record<PrincipalGrant, number> = { account: 1, role: 2, user: 3, session: 4 };

class Run {
  readonly denies: StatementRef[] = [];
  firstDenyStage?: TraceStage;

  constructor(
    readonly req: NormalizedRequest,
    readonly hasBoundary: boolean,
    readonly trace: TraceStep[] | null,
  ) {}

  /** Scans the policies of one stage (or one organization level). */
  stage(policies: readonly PreparedPolicy[], stage: TraceStage, level?: number): StageResult {
    const result: StageResult = { allows: [] };
    const traces: PolicyTrace[] | null = this.trace ? [] : null;
    const deniesBefore = this.denies.length;
    for (let k = 0; k < policies.length; k++) {
      const pp = policies[k];
      const statements = pp.compiled.statements;
      const ptrace: PolicyTrace | null = traces ? { policy: pp.ref, statements: [] } : null;
      for (let i = 0; i < statements.length; i++) {
        const cs = statements[i];
        const m = statementApplies(cs, this.req, this.hasBoundary);
        if (ptrace) {
          ptrace.statements.push({
            statement: pp.statementRefs[i],
            matched: m !== false,
            reasons: m === false ? explainStatement(cs, this.req, this.hasBoundary) : [],
          });
        }
        if (m === false) continue;
        if (cs.deny) {
          this.denies.push(pp.statementRefs[i]);
          if (this.firstDenyStage === undefined) this.firstDenyStage = stage;
        } else {
          result.allows.push(pp.statementRefs[i]);
          const g: PrincipalGrant = m === true ? wildcardGrant(this.req.principal) : m;
          if (result.grant === undefined || GRANT_RANK[g] > GRANT_RANK[result.grant])
            result.grant = g;
        }
      }
      if (ptrace && traces) traces.push(ptrace);
    }
    if (this.trace && traces) {
      const outcome: StageOutcome =
        this.denies.length > deniesBefore
          ? "explicit-deny"
          : result.allows.length > 0
            ? "allow"
            : "no-allow";
      this.trace.push({
        stage,
        level,
        side: stage === "rcp" || stage === "resource" ? "resource" : "principal",
        outcome,
        note: stageNote(stage, outcome, this.req, level),
        policies: traces,
      });
      if (level === undefined) delete this.trace[this.trace.length - 1].level;
    }
    return result;
  }

  skip(stage: TraceStage, why: string): void {
    this.trace?.push({
      stage,
      side: stage === "rcp" || stage === "resource" ? "resource" : "principal",
      outcome: "not-applicable",
      note: why,
      policies: [],
    });
  }
}

/** Why SCPs do not apply to this request, or undefined when they do. */
function scpSkip(p: PreparedInput, req: NormalizedRequest): string | undefined {
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
function rcpSkip(p: PreparedInput, req: NormalizedRequest): string | undefined {
  if (req.serviceLinked) return "RCPs do not apply to service-linked roles.";
  if (p.managementAccount !== undefined && p.managementAccount === req.resourceAccount) {
    return "RCPs do not apply to resources in the organization's management account.";
  }
  return undefined;
}

/** Evaluates organization levels; returns the first level without an Allow, or -1. */
function levels(run: Run, all: PreparedPolicy[][], stage: "scp" | "rcp"): number {
  let failed = -1;
  for (let l = 0; l < all.length; l++) {
    const r = run.stage(all[l], stage, l);
    if (r.allows.length === 0 && failed < 0) failed = l;
  }
  return failed;
}

function outcome(
  skipped: Outcome["skipped"],
  decision: DecisionKind,
  reason: DecisionReason,
  decidedAt?: TraceStage,
  deciding: StatementRef[] = [],
  level?: number,
): Outcome {
  const o: Outcome = { decision, reason, deciding };
  if (decidedAt) o.decidedAt = decidedAt;
  if (level !== undefined) o.level = level;
  if (skipped) o.skipped = skipped;
  return o;
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

/** Decides a request; records the trace into `trace` when given. */
export function decide(
  p: PreparedInput,
  req: NormalizedRequest,
  trace: TraceStep[] | null,
): Outcome {
  const run = new Run(req, p.boundary !== undefined, trace);
  let skipped: Partial<Record<TraceStage, string>> | undefined;

  let scpFail = -1;
  if (p.scps) {
    const why = scpSkip(p, req);
    if (why) {
      skipped = { scp: why };
      run.skip("scp", why);
    } else scpFail = levels(run, p.scps, "scp");
  }
  let rcpFail = -1;
  if (p.rcps) {
    const why = rcpSkip(p, req);
    if (why) {
      skipped = { ...skipped, rcp: why };
      run.skip("rcp", why);
    } else rcpFail = levels(run, p.rcps, "rcp");
  }
  let res: StageResult | undefined;
  if (p.resource) res = run.stage([p.resource], "resource");
  else run.skip("resource", "No resource-based policy is attached to the resource.");
  const kind = req.principal.kind;
  const hasIdentity = kind !== "service" && kind !== "anonymous" && kind !== "federated";
  const id = hasIdentity ? run.stage(p.identity, "identity") : undefined;
  const boundary = hasIdentity && p.boundary ? run.stage([p.boundary], "boundary") : undefined;
  const session = hasIdentity && p.session ? run.stage([p.session], "session") : undefined;

  const sk = skipped;
  if (run.denies.length > 0)
    return outcome(sk, "ExplicitDeny", "explicit-deny", run.firstDenyStage, run.denies);
  if (scpFail >= 0) return outcome(sk, "ImplicitDeny", "scp-no-allow", "scp", [], scpFail);
  if (rcpFail >= 0) return outcome(sk, "ImplicitDeny", "rcp-no-allow", "rcp", [], rcpFail);

  const resAllows = res ? res.allows : [];
  const resAllow = resAllows.length > 0;
  if (!hasIdentity) {
    if (resAllow) return outcome(sk, "Allow", "allowed", "resource", resAllows);
    return outcome(
      sk,
      "ImplicitDeny",
      kind === "anonymous" ? "anonymous-no-public-allow" : "service-no-resource-allow",
      "resource",
    );
  }

  const required = req.required;
  const idAllows = id ? id.allows : [];
  const rootSelf = kind === "root";
  const identityAllow = rootSelf || idAllows.length > 0;
  const boundaryOk = !p.boundary || (boundary !== undefined && boundary.allows.length > 0);
  const sessionOk = !p.session || (session !== undefined && session.allows.length > 0);
  const sameAccount =
    req.principalAccount !== undefined && req.principalAccount === req.resourceAccount;

  if (sameAccount) {
    if (required && !resAllow)
      return outcome(sk, "ImplicitDeny", "resource-policy-required", "resource");
    const grant = res?.grant;
    if (resAllow && grant !== undefined && grant !== "account") {
      // Standing grants: a session ARN stands alone; a user ARN is capped only by a session
      // policy; a role ARN by boundary and session policy; trust policies always by both.
      const trust = required === "trust";
      const limit =
        grant === "session" && !trust
          ? undefined
          : capped(sk, grant === "role" || trust ? boundaryOk : true, sessionOk);
      return limit ?? outcome(sk, "Allow", "allowed", "resource", resAllows);
    }
    if (!identityAllow) return outcome(sk, "ImplicitDeny", "no-identity-allow", "identity");
    return (
      capped(sk, boundaryOk, sessionOk) ??
      outcome(sk, "Allow", "allowed", "identity", resAllow ? [...idAllows, ...resAllows] : idAllows)
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
    capped(sk, boundaryOk, sessionOk) ??
    outcome(sk, "Allow", "allowed", "identity", [...idAllows, ...resAllows])
  );
}
