import { compileWildcard, type ContextValue, type Policy } from "@/lib/iam";
import type { SimRequest } from "@/lib/sim";
import type { PolicyLesson as Lesson } from "../../schema";
import type { ActionCatalog } from "../../grade/types";

/** Largest number of requests the least-privilege search compares. */
export const MAX_SPACE = 20000;

/** The dimensions of a least-privilege request space. */
export interface RequestSpace {
  principals: string[];
  actions: string[];
  resources: string[];
  contexts: Record<string, ContextValue>[];
  /** Skips action/resource pairs the catalog knows cannot occur. */
  appliesTo?: ActionCatalog["appliesTo"];
}

function serviceOf(action: string): string {
  return action.slice(0, action.indexOf(":")).toLowerCase();
}

function unique<T>(items: Iterable<T>, key: (t: T) => string = String): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Every action value literally written in the Action/NotAction elements of these policies. */
function actionPatterns(policies: Iterable<Policy>): { patterns: string[]; negated: boolean } {
  const patterns: string[] = [];
  let negated = false;
  for (const policy of policies) {
    for (const st of policy.statements) {
      if (st.action.negated) negated = true;
      for (const v of st.action.values) patterns.push(v.value);
    }
  }
  return { patterns, negated };
}

/**
 * Builds the request space of a lesson's least-privilege check: its principals x the catalog
 * actions of its services (plus extra actions and every action its checks use) x its resources x
 * the contexts its checks mention (and the empty context). Only actions that some statement of the
 * learner's or the reference's slot documents can match are kept: any other action is decided the
 * same way with either answer, so comparing it would prove nothing.
 */
export function buildSpace(
  lesson: Lesson,
  slotPolicies: Iterable<Policy>,
  catalog?: ActionCatalog,
): RequestSpace {
  const spec = lesson.task.leastPrivilege ?? {};
  const principals = unique(spec.principals ?? lesson.task.checks.map((c) => c.principal));
  const resources = unique(spec.resources ?? lesson.task.checks.map((c) => c.resource));
  const services = unique(
    (spec.services ?? lesson.task.checks.map((c) => serviceOf(c.action))).map((s) =>
      s.toLowerCase(),
    ),
  );
  const candidates = new Map<string, string>();
  const add = (a: string) => {
    if (!a.includes("*") && !a.includes("?") && !candidates.has(a.toLowerCase()))
      candidates.set(a.toLowerCase(), a);
  };
  for (const s of services) catalog?.actionsOf(s)?.forEach(add);
  (spec.extraActions ?? []).forEach(add);
  lesson.task.checks.forEach((c) => add(c.action));
  const { patterns, negated } = actionPatterns(slotPolicies);
  patterns.filter((p) => services.includes(serviceOf(p))).forEach(add);
  const matchers = patterns.map((p) => compileWildcard(p, true));
  const actions = [...candidates.values()].filter(
    (a) => negated || matchers.some((m) => m.test(a)),
  );
  const contexts = unique<Record<string, ContextValue>>(
    [{}, ...lesson.task.checks.map((c) => c.context ?? {})],
    (c) => JSON.stringify(Object.entries(c).sort()),
  );
  return { principals, actions, resources, contexts, appliesTo: catalog?.appliesTo };
}

function wildcards(s: string): number {
  let n = 0;
  for (const c of s) if (c === "*" || c === "?") n++;
  return n;
}

/**
 * The requests of a space in "smallest first" order: fewest wildcards in the resource, shortest
 * action, then action name, shortest resource, principal and context order (stable, so the same
 * answer always yields the same counterexample). At most {@link MAX_SPACE} requests.
 */
export function orderedRequests(space: RequestSpace): SimRequest[] {
  const actions = [...space.actions].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const resources = space.resources
    .map((r, i) => ({ r, i }))
    .sort((a, b) => wildcards(a.r) - wildcards(b.r) || a.r.length - b.r.length || a.i - b.i)
    .map((x) => x.r);
  const out: SimRequest[] = [];
  const groups = [...new Set(resources.map(wildcards))];
  for (const n of groups)
    pushAll(
      out,
      space,
      actions,
      resources.filter((r) => wildcards(r) === n),
    );
  return out;
}

function pushAll(
  out: SimRequest[],
  space: RequestSpace,
  actions: string[],
  resources: string[],
): void {
  for (const action of actions) {
    for (const resource of resources) {
      if (space.appliesTo?.(action, resource) === false) continue;
      for (const principal of space.principals) {
        for (const context of space.contexts) {
          if (out.length >= MAX_SPACE) return;
          const request: SimRequest = { principal, action, resource };
          if (Object.keys(context).length > 0) request.context = context;
          out.push(request);
        }
      }
    }
  }
}
