/**
 * Compiled policies: matchers built once per parsed `Policy` and cached, so warm evaluations
 * do no parsing and no pattern compilation.
 */
import { compileClause, type CompiledClause } from "../condition/clause";
import { parseTemplate, resolveGlob, type ContextLookup } from "../condition/variables";
import { ResolvedTemplate } from "../condition/resolved";
import { compilePrincipal, type CompiledPrincipal } from "../principal/match";
import type { Policy, PolicyVersion, Statement } from "../types";
import { CompileCache } from "../wildcard/cache";
import { compileWildcard, type WildcardMatcher } from "../wildcard/wildcard";

/** A Resource pattern: a static glob, or a template with policy variables resolved per request. */
export type ResourceMatcher =
  | { glob: WildcardMatcher; template?: undefined }
  | { glob?: undefined; template: ResolvedTemplate<WildcardMatcher> };

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
    // Loops into arrays of the final length, no per-call closures: cold evaluations compile
    // every policy, so allocation here is most of their cost.
    const n = policy.statements.length;
    const statements = new Array<CompiledStatement>(n);
    let hasDeny = false;
    let hasAllow = false;
    for (let i = 0; i < n; i++) {
      const cs = compileStatement(policy.statements[i], policy.version);
      statements[i] = cs;
      if (cs.deny) hasDeny = true;
      else hasAllow = true;
    }
    c = { policy, statements, hasDeny, hasAllow };
    if (cached) cache.set(policy, c);
  }
  return c;
}

/** Shared by every statement without conditions (never modified). */
const NO_CLAUSES: CompiledClause[] = [];

/** Static Resource matchers by pattern (immutable, so shared). */
const globResources = new CompileCache<ResourceMatcher>();

function resourceMatcher(pattern: string, variables: boolean): ResourceMatcher {
  const template = variables ? parseTemplate(pattern) : undefined;
  if (template) return { glob: undefined, template: new ResolvedTemplate(template, resolveGlob) };
  return (
    globResources.get(pattern) ??
    globResources.set(pattern, { glob: compileWildcard(pattern), template: undefined })
  );
}

function compileStatement(s: Statement, version: PolicyVersion): CompiledStatement {
  const variables = version === "2012-10-17";
  const actionValues = s.action.values;
  const actions = new Array<WildcardMatcher>(actionValues.length);
  for (let i = 0; i < actionValues.length; i++)
    actions[i] = compileWildcard(actionValues[i].value, true);
  let resources: ResourceMatcher[] | undefined;
  if (s.resource) {
    const values = s.resource.values;
    resources = new Array<ResourceMatcher>(values.length);
    for (let i = 0; i < values.length; i++)
      resources[i] = resourceMatcher(values[i].value, variables);
  }
  let clauses = NO_CLAUSES;
  const parsed = s.condition?.clauses;
  if (parsed && parsed.length > 0) {
    clauses = new Array<CompiledClause>(parsed.length);
    for (let i = 0; i < parsed.length; i++) clauses[i] = compileClause(parsed[i], version);
  }
  return {
    statement: s,
    deny: s.effect === "Deny",
    actionNegated: s.action.negated,
    actions,
    resourceNegated: s.resource?.negated ?? false,
    resources,
    principal: s.principal && compilePrincipal(s.principal),
    clauses,
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
      const glob = r.template.resolve(lookup);
      if (glob !== undefined && glob.test(resource)) return true;
    }
  }
  return false;
}
