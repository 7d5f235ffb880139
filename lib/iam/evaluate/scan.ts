/**
 * The fast scan: the same stages as the traced run, without a trace and without allocating.
 * Matching statements are collected into findings reused from one evaluation to the next
 * (`conclude` copies the deciding ones out), so a warm evaluation allocates only its result.
 */
import { grantRank, wildcardGrant, type PrincipalGrant } from "../principal/match";
import type { TraceStage } from "../types";
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
import { statementApplies } from "./statement";

/** Reused between evaluations (evaluation is synchronous and never re-entered). */
const scratch: Findings = newFindings();

/** Where a stage keeps its matching Allow statements. */
const enum Keep {
  None,
  Resource,
  Identity,
}

/**
 * Scans one policy's statements: records matching Deny statements in `f`, matching Allow
 * statements of the resource and identity stages, and for the resource stage the strongest
 * grant. Returns the number of matching Allow statements.
 */
function scanPolicy(
  pp: PreparedPolicy,
  req: NormalizedRequest,
  hasBoundary: boolean,
  stage: TraceStage,
  f: Findings,
  keep: Keep,
): number {
  const statements = pp.compiled.statements;
  let allowCount = 0;
  for (let i = 0; i < statements.length; i++) {
    const cs = statements[i];
    const m = statementApplies(cs, req, hasBoundary);
    if (m === false) continue;
    if (cs.deny) {
      f.denies[f.denyCount++] = pp.statementRef(i);
      if (f.firstDenyStage === undefined) f.firstDenyStage = stage;
    } else {
      allowCount++;
      if (keep === Keep.Identity) f.idAllows[f.idAllowCount++] = pp.statementRef(i);
      else if (keep === Keep.Resource) {
        const g: PrincipalGrant = m === true ? wildcardGrant(req.principal) : m;
        f.resAllowGrants[f.resAllowCount] = g;
        f.resAllows[f.resAllowCount++] = pp.statementRef(i);
        if (f.resGrant === undefined || grantRank(g) > grantRank(f.resGrant)) f.resGrant = g;
      }
    }
  }
  return allowCount;
}

/** Scans organization levels; returns the first level without an Allow, or -1. */
function scanLevels(
  levels: readonly PreparedPolicy[][],
  req: NormalizedRequest,
  hasBoundary: boolean,
  stage: "scp" | "rcp",
  f: Findings,
): number {
  let failed = -1;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l];
    let allows = 0;
    for (let k = 0; k < level.length; k++)
      allows += scanPolicy(level[k], req, hasBoundary, stage, f, Keep.None);
    if (allows === 0 && failed < 0) failed = l;
  }
  return failed;
}

/** Decides a request without recording a trace. */
export function decideFast(p: PreparedInput, req: NormalizedRequest): Outcome {
  const f = scratch;
  f.denyCount = 0;
  f.resAllowCount = 0;
  f.idAllowCount = 0;
  f.firstDenyStage = undefined;
  f.scpFail = -1;
  f.rcpFail = -1;
  f.skipped = undefined;
  f.resGrant = undefined;
  f.boundaryAllows = false;
  f.sessionAllows = false;
  const hasBoundary = p.boundary !== undefined;
  if (p.scps) {
    const why = scpSkip(p, req);
    if (why) f.skipped = { scp: why };
    else f.scpFail = scanLevels(p.scps, req, hasBoundary, "scp", f);
  }
  if (p.rcps) {
    const why = rcpSkip(p, req);
    if (why) f.skipped = { ...f.skipped, rcp: why };
    else f.rcpFail = scanLevels(p.rcps, req, hasBoundary, "rcp", f);
  }
  if (p.resource) scanPolicy(p.resource, req, hasBoundary, "resource", f, Keep.Resource);
  if (hasIdentityStage(req)) {
    const identity = p.identity;
    for (let k = 0; k < identity.length; k++)
      scanPolicy(identity[k], req, hasBoundary, "identity", f, Keep.Identity);
    if (p.boundary)
      f.boundaryAllows = scanPolicy(p.boundary, req, hasBoundary, "boundary", f, Keep.None) > 0;
    if (p.session)
      f.sessionAllows = scanPolicy(p.session, req, hasBoundary, "session", f, Keep.None) > 0;
  }
  return conclude(p, req, f);
}
