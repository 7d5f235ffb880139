/**
 * Whether one statement applies to a request: its action, resource, principal and every
 * condition must match. `statementApplies` is the allocation-free fast path;
 * `explainStatement` lists every reason a statement did not apply.
 */
import { explainClause, testClause } from "../condition/clause";
import { describeResolved } from "../condition/variables";
import { matchPrincipal, notPrincipalApplies, type PrincipalGrant } from "../principal/match";
import type { MismatchReason } from "../types";
import { anyActionMatches, anyResourceMatches, type CompiledStatement } from "./compile";
import type { NormalizedRequest } from "./request";

/** Result of matching a statement: false, or true / the grant kind for statements with a Principal. */
export type StatementMatch = false | true | PrincipalGrant;

/**
 * Fast check. For statements with `Principal`, returns how the caller was named; for
 * `NotPrincipal` and principal-less statements returns true. `hasBoundary` makes NotPrincipal
 * Deny statements apply to users and roles with a boundary (AWS behaviour).
 */
export function statementApplies(
  cs: CompiledStatement,
  req: NormalizedRequest,
  hasBoundary: boolean,
): StatementMatch {
  // Cheapest tests first (every test is pure, so the order never changes the answer): the
  // action, then who is named (resource policies often name someone else), then the resource
  // (long ARN comparisons), then the conditions.
  if (anyActionMatches(cs, req.actionLower) === cs.actionNegated) return false;
  let grant: StatementMatch = true;
  const p = cs.principal;
  if (p) {
    if (p.negated) {
      if (!notPrincipalApplies(p, req.principal, hasBoundary && cs.deny)) return false;
    } else {
      const g = matchPrincipal(p, req.principal);
      if (g === undefined) return false;
      grant = g;
    }
  }
  if (
    cs.resources &&
    anyResourceMatches(cs.resources, req.resource, req.lookup) === cs.resourceNegated
  )
    return false;
  const clauses = cs.clauses;
  for (let i = 0; i < clauses.length; i++) if (!testClause(clauses[i], req.lookup)) return false;
  return grant;
}

/** Every reason the statement does not apply (empty when it applies). */
export function explainStatement(
  cs: CompiledStatement,
  req: NormalizedRequest,
  hasBoundary: boolean,
): MismatchReason[] {
  const reasons: MismatchReason[] = [];
  const s = cs.statement;
  if (anyActionMatches(cs, req.actionLower) === cs.actionNegated) {
    const el = s.action;
    reasons.push({
      kind: "action",
      element: el.name,
      path: el.path,
      range: el.range,
      message: el.negated
        ? `${req.action} is listed in NotAction, so the statement does not cover it`
        : `${req.action} does not match ${el.name} ${list(el.values.map((v) => v.value))}`,
    });
  }
  if (
    cs.resources &&
    s.resource &&
    anyResourceMatches(cs.resources, req.resource, req.lookup) === cs.resourceNegated
  ) {
    const el = s.resource;
    reasons.push({
      kind: "resource",
      element: el.name,
      path: el.path,
      range: el.range,
      message: el.negated
        ? `${req.resource} is listed in NotResource, so the statement does not cover it`
        : `${req.resource} does not match ${el.name} ${list(resourcePatterns(cs, req))}`,
    });
  }
  const p = cs.principal;
  if (p && s.principal) {
    const el = s.principal;
    const ok = p.negated
      ? notPrincipalApplies(p, req.principal, hasBoundary && cs.deny)
      : matchPrincipal(p, req.principal) !== undefined;
    if (!ok) {
      reasons.push({
        kind: "principal",
        element: el.name,
        path: el.path,
        range: el.range,
        message: p.negated
          ? `${req.principal.raw} is exempted by NotPrincipal ${list(el.entries.map((e) => e.value))}`
          : `${req.principal.raw} is not named by Principal ${list(el.entries.map((e) => e.value))}`,
      });
    }
  }
  for (const c of cs.clauses) {
    const failure = explainClause(c, req.lookup);
    if (failure)
      reasons.push({
        kind: "condition",
        failure,
        path: failure.path,
        range: failure.range,
        message: failure.message,
      });
  }
  return reasons;
}

/** Resource patterns as the request saw them (policy variables resolved where possible). */
function resourcePatterns(cs: CompiledStatement, req: NormalizedRequest): string[] {
  const values = cs.statement.resource?.values ?? [];
  return values.map((v, i) => {
    const t = cs.resources?.[i]?.template;
    return t ? describeResolved(t.parts, req.lookup) : v.value;
  });
}

function list(values: readonly string[]): string {
  return values.length === 1
    ? JSON.stringify(values[0])
    : `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}
