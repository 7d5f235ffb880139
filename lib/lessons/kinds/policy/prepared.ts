import { cachingPreparer, indexWorld, type PolicyOverride, type SimRequest } from "@/lib/sim";
import type { PolicyLesson as Lesson } from "../../schema";
import { parseAnswers } from "./answers";
import { decide, type DecideContext, type DecideResult } from "../../grade/decide";
import type { ManagedPolicies } from "../../grade/types";

/** Per-lesson state kept between grades: the indexed world, parsed documents, reference decisions. */
export interface PreparedLesson {
  ctx: DecideContext;
  referenceOverrides: PolicyOverride[];
  /** Parsed reference slot documents. */
  referencePolicies: ReturnType<typeof parseAnswers>["policies"];
  /** Reference decisions (without traces) by request key, filled lazily. */
  referenceDecision(request: SimRequest): DecideResult;
}

const cache = new WeakMap<Lesson, { managed?: ManagedPolicies; prepared: PreparedLesson }>();

/** A stable key for a request. */
export function requestKey(r: SimRequest): string {
  return JSON.stringify([r.principal, r.action, r.resource, r.context ?? null]);
}

/**
 * The prepared form of a lesson, cached per lesson object (and rebuilt when the managed policies
 * change): the world is indexed and every document parsed once, and the reference solution's
 * decisions are remembered, so a re-grade only evaluates the learner's side.
 */
export function prepareLesson(lesson: Lesson, managedPolicies?: ManagedPolicies): PreparedLesson {
  const hit = cache.get(lesson);
  if (hit && hit.managed === managedPolicies) return hit.prepared;
  const ctx: DecideContext = {
    sim: indexWorld(lesson.scenario),
    prepare: cachingPreparer(),
    managedPolicies,
  };
  const solution: Record<string, string> = {};
  for (const [id, doc] of Object.entries(lesson.task.solution)) solution[id] = JSON.stringify(doc);
  const reference = parseAnswers(lesson, solution);
  const decisions = new Map<string, DecideResult>();
  const prepared: PreparedLesson = {
    ctx,
    referenceOverrides: reference.overrides,
    referencePolicies: reference.policies,
    referenceDecision(request) {
      const key = requestKey(request);
      let result = decisions.get(key);
      if (result === undefined) {
        result = decide(ctx, request, reference.overrides, false);
        decisions.set(key, result);
      }
      return result;
    },
  };
  cache.set(lesson, { managed: managedPolicies, prepared });
  return prepared;
}
