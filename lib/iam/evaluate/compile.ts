/**
 * Compiled policies: matchers built once per parsed `Policy` and cached, so warm evaluations
 * do no parsing and no pattern compilation.
 */
import { compileClause, type CompiledClause } from "../condition/clause";
import {
  parseTemplate,
  resolveTokens,
  type ContextLookup,
  type TemplatePart,
} from "../condition/variables";
import { compilePrincipal, type CompiledPrincipal } from "../principal/match";
import type { Policy, Statement } from "../types";
import { compileWildcard, compileWildcardTokens, type WildcardMatcher } from "../wildcard/wildcard";

/** A Resource pattern: a static glob, or a template with policy variables resolved per request. */
export type ResourceMatcher =
  { glob: WildcardMatcher; template?: undefined } | { glob?: undefined; template: TemplatePart[] };

/** A statement with its matchers. */
export interface CompiledStatement {
  statement: Statement;
  deny: boolean;
  actionNegated: boolean;
  actions: WildcardMatcher[];
  /** Undefined when the statement has no Resource element (trust policies). */
  resourceNegated: boolean;
  resources?: ResourceMatcher[];
  principal?: CompiledPrincipal;
  clauses: CompiledClause[];
}

/** A policy with compiled statements. */
export interface CompiledPolicy {
  policy: Policy;
  statements: CompiledStatement[];
  hasDeny: boolean;
  hasAllow: boolean;
}

const cache = new WeakMap<Policy, CompiledPolicy>();

/**
 * Returns the compiled form of a parsed policy. With `cached` (for `Policy` objects supplied by
 * callers, which are reused) it is built once per object; freshly parsed policies skip the cache.
 */
export function compilePolicy(policy: Policy, cached = true): CompiledPolicy {
  let c = cached ? cache.get(policy) : undefined;
  if (!c) {
    const statements: CompiledStatement[] = [];
    let hasDeny = false;
    let hasAllow = false;
    for (const s of policy.statements) {
      const cs = compileStatement(s, policy);
      statements.push(cs);
      if (cs.deny) hasDeny = true;
      else hasAllow = true;
    }
    c = { policy, statements, hasDeny, hasAllow };
    if (cached) cache.set(policy, c);
  }
  return c;
}

function compileStatement(s: Statement, policy: Policy): CompiledStatement {
  const variables = policy.version === "2012-10-17";
  return {
    statement: s,
    deny: s.effect === "Deny",
    actionNegated: s.action.negated,
    actions: s.action.values.map((v) => compileWildcard(v.value, true)),
    resourceNegated: s.resource?.negated ?? false,
    resources: s.resource?.values.map((v): ResourceMatcher => {
      const template = variables ? parseTemplate(v.value) : undefined;
      return template ? { template } : { glob: compileWildcard(v.value) };
    }),
    principal: s.principal && compilePrincipal(s.principal),
    clauses: s.condition ? s.condition.clauses.map((c) => compileClause(c, policy.version)) : [],
  };
}

/** True when one of the action patterns matches the lowercased action. */
export function anyActionMatches(cs: CompiledStatement, actionLower: string): boolean {
  const a = cs.actions;
  for (let i = 0; i < a.length; i++) if (a[i].testFolded(actionLower)) return true;
  return false;
}

/** True when one of the resource patterns matches the resource (variables resolved via `lookup`). */
export function anyResourceMatches(
  rs: ResourceMatcher[],
  resource: string,
  lookup: ContextLookup,
): boolean {
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    if (r.glob) {
      if (r.glob.test(resource)) return true;
    } else {
      const tokens = resolveTokens(r.template, lookup);
      if (tokens && compileWildcardTokens(tokens).test(resource)) return true;
    }
  }
  return false;
}
