import type { PolicyType } from "../../types";
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

/** Cached case-insensitive glob test for action patterns. */
const actionRes = new Map<string, RegExp>();
export function actionPatternCovers(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  if (!p.includes("*") && !p.includes("?")) return p === a;
  const colon = p.indexOf(":");
  if (colon > 0) {
    const service = p.slice(0, colon);
    if (!service.includes("*") && !service.includes("?") && !a.startsWith(`${service}:`))
      return false;
  }
  let re = actionRes.get(p);
  if (!re) {
    if (actionRes.size > 5000) actionRes.clear();
    re = new RegExp(
      `^${p
        .replace(/[.+^${}()|[\]\\/-]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
      "s",
    );
    actionRes.set(p, re);
  }
  return re.test(a);
}

/** Case-sensitive glob test for resource patterns. */
const resourceRes = new Map<string, RegExp>();
export function resourcePatternCovers(pattern: string, resource: string): boolean {
  let re = resourceRes.get(pattern);
  if (!re) {
    if (resourceRes.size > 5000) resourceRes.clear();
    re = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\/-]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
      "s",
    );
    resourceRes.set(pattern, re);
  }
  return re.test(resource);
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
