import type { PolicyType } from "../../types";
import { compileWildcard, hasWildcard } from "../../wildcard/wildcard";
import { replaceValue } from "../fix";
import type { ElementView, StatementView, ValueView } from "../model";
import type { Report } from "../types";

/** Policy types whose statements name a principal. */
export function takesPrincipal(type: PolicyType): boolean {
  return type === "resource" || type === "trust" || type === "rcp";
}

/** Policy types whose statements need Resource or NotResource. */
export function takesResource(type: PolicyType): boolean {
  return type !== "trust";
}

/** A human name for a policy type, for messages. */
export function typeName(type: PolicyType): string {
  return {
    identity: "an identity-based policy",
    resource: "a resource-based policy",
    trust: "a role trust policy",
    scp: "a service control policy (SCP)",
    rcp: "a resource control policy (RCP)",
    boundary: "a permissions boundary",
    session: "a session policy",
  }[type];
}

/** Statement label for messages: `Statement[1] ("ReadDocs")`. */
export function label(s: StatementView): string {
  return s.sid ? `${s.path} ("${s.sid.value}")` : s.path;
}

/** True for an Allow statement. */
export function isAllow(s: StatementView): boolean {
  return s.effect?.value === "Allow";
}

/** True when the element lists `*` (or a pattern of only stars). */
export function hasStar(el: ElementView | undefined): boolean {
  return !!el && el.values.some((v) => /^\*+$/.test(v.value));
}

/**
 * True when the action pattern `pattern` matches `action` (which may itself be a pattern, whose
 * `*` and `?` then count as plain characters). Case-insensitive (ACT-1).
 */
export function actionPatternCovers(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  if (!hasWildcard(p)) return p === a;
  const colon = p.indexOf(":");
  if (colon > 0) {
    const service = p.slice(0, colon);
    if (!hasWildcard(service) && !a.startsWith(`${service}:`)) return false;
  }
  return compileWildcard(p, true).testFolded(a);
}

/** Case-sensitive glob test for resource patterns (RSRC-1). */
export function resourcePatternCovers(pattern: string, resource: string): boolean {
  return compileWildcard(pattern).test(resource);
}

/** True when an Allow statement's Action element grants this exact action (NotAction ignored). */
export function grantsAction(s: StatementView, action: string): boolean {
  return (
    !!s.action &&
    !s.action.negated &&
    s.action.values.some((v) => actionPatternCovers(v.value, action))
  );
}

/** Upper bound on the items compared pairwise, so huge inputs stay fast. */
export const PAIRWISE_LIMIT = 200;

/** "a bucket", "an object". */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/**
 * A finding on a value that is probably misspelt: the problem, then "Did you mean" the corrected
 * value when there is one (also offered as a fix), then any advice.
 */
export function misspeltValue(
  v: ValueView,
  problem: string,
  fixed: string | undefined,
  advice = "",
): Report {
  return {
    at: v.node,
    path: v.path,
    message: problem + (fixed ? ` Did you mean "${fixed}"?` : "") + advice,
    fix: fixed ? replaceValue(v.node, fixed) : undefined,
  };
}
