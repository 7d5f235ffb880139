/**
 * `decide`: scans the stages in AWS order (SCPs and RCPs per organization level, resource,
 * identity, boundary, session) and concludes (`conclude.ts`). Without a trace it takes the
 * allocation-free fast scan (`scan.ts`); with a `TraceStep[]` it records every stage, policy
 * and statement, with the reasons each statement did not apply.
 */
import { stageNote } from "../explain/notes";
import { grantRank, wildcardGrant, type PrincipalGrant } from "../principal/match";
import type { PolicyTrace, StageOutcome, StatementRef, TraceStage, TraceStep } from "../types";
import {
  conclude,
  hasIdentityStage,
  newFindings,
  rcpSkip,
  scpSkip,
  type Findings,
  type Outcome,
} from "./conclude";
import type { PreparedInput, PreparedPolicy } from "./prepared";
import type { NormalizedRequest } from "./request";
import { decideFast } from "./scan";
import { explainStatement, statementApplies } from "./statement";

export type { Outcome };

/** What one stage's policies did. */
interface StageResult {
  allows: StatementRef[];
  /** What each allow grants the caller (resource stages), index for index with `allows`. */
  grants: PrincipalGrant[];
  grant?: PrincipalGrant;
}

/** The traced run: records each stage into `trace` while collecting findings. */
class Run {
  readonly findings: Findings = newFindings();

  constructor(
    readonly req: NormalizedRequest,
    readonly hasBoundary: boolean,
    readonly trace: TraceStep[],
  ) {}

  /** Scans the policies of one stage (or one organization level). */
  stage(policies: readonly PreparedPolicy[], stage: TraceStage, level?: number): StageResult {
    const f = this.findings;
    const result: StageResult = { allows: [], grants: [] };
    const traces: PolicyTrace[] = [];
    const deniesBefore = f.denyCount;
    for (const pp of policies) {
      const statements = pp.compiled.statements;
      const ptrace: PolicyTrace = { policy: pp.ref, statements: [] };
      for (let i = 0; i < statements.length; i++) {
        const cs = statements[i];
        const m = statementApplies(cs, this.req, this.hasBoundary);
        ptrace.statements.push({
          statement: pp.statementRef(i),
          matched: m !== false,
          reasons: m === false ? explainStatement(cs, this.req, this.hasBoundary) : [],
        });
        if (m === false) continue;
        if (cs.deny) {
          f.denies.push(pp.statementRef(i));
          f.denyCount++;
          if (f.firstDenyStage === undefined) f.firstDenyStage = stage;
        } else {
          result.allows.push(pp.statementRef(i));
          const g: PrincipalGrant = m === true ? wildcardGrant(this.req.principal) : m;
          result.grants.push(g);
          if (result.grant === undefined || grantRank(g) > grantRank(result.grant))
            result.grant = g;
        }
      }
      traces.push(ptrace);
    }
    const outcome: StageOutcome =
      f.denyCount > deniesBefore
        ? "explicit-deny"
        : result.allows.length > 0
          ? "allow"
          : "no-allow";
    const side = stage === "rcp" || stage === "resource" ? "resource" : "principal";
    const note = stageNote(stage, outcome, this.req, level);
    this.trace.push(
      level === undefined
        ? { stage, side, outcome, note, policies: traces }
        : { stage, level, side, outcome, note, policies: traces },
    );
    return result;
  }

  skip(stage: TraceStage, why: string): void {
    this.trace.push({
      stage,
      side: stage === "rcp" || stage === "resource" ? "resource" : "principal",
      outcome: "not-applicable",
      note: why,
      policies: [],
    });
  }

  /** Evaluates organization levels; returns the first level without an Allow, or -1. */
  levels(all: PreparedPolicy[][], stage: "scp" | "rcp"): number {
    let failed = -1;
    for (let l = 0; l < all.length; l++) {
      const r = this.stage(all[l], stage, l);
      if (r.allows.length === 0 && failed < 0) failed = l;
    }
    return failed;
  }
}

/** Decides a request; records the trace into `trace` when given. */
export function decide(
  p: PreparedInput,
  req: NormalizedRequest,
  trace: TraceStep[] | null,
): Outcome {
  if (trace === null) return decideFast(p, req);
  const run = new Run(req, p.boundary !== undefined, trace);
  const f = run.findings;
  if (p.scps) {
    const why = scpSkip(p, req);
    if (why) {
      f.skipped = { scp: why };
      run.skip("scp", why);
    } else f.scpFail = run.levels(p.scps, "scp");
  }
  if (p.rcps) {
    const why = rcpSkip(p, req);
    if (why) {
      f.skipped = { ...f.skipped, rcp: why };
      run.skip("rcp", why);
    } else f.rcpFail = run.levels(p.rcps, "rcp");
  }
  if (p.resource) {
    const res = run.stage([p.resource], "resource");
    f.resAllows = res.allows;
    f.resAllowGrants = res.grants;
    f.resAllowCount = res.allows.length;
    f.resGrant = res.grant;
  } else run.skip("resource", "No resource-based policy is attached to the resource.");
  if (hasIdentityStage(req)) {
    f.idAllows = run.stage(p.identity, "identity").allows;
    f.idAllowCount = f.idAllows.length;
    if (p.boundary) f.boundaryAllows = run.stage([p.boundary], "boundary").allows.length > 0;
    if (p.session) f.sessionAllows = run.stage([p.session], "session").allows.length > 0;
  }
  return conclude(p, req, f);
}
