import { evaluate, type Decision } from "@/lib/iam";
import {
  requestToEvaluationInput,
  type DocumentPreparer,
  type PolicyOverride,
  type SimRequest,
  type SimWorld,
} from "@/lib/sim";
import type { ManagedPolicies } from "./types";

/** A decision, or the reason the request could not be evaluated. */
export type DecideResult = { ok: true; decision: Decision } | { ok: false; error: string };

/** Everything needed to decide requests in one lesson world. */
export interface DecideContext {
  sim: SimWorld;
  prepare: DocumentPreparer;
  managedPolicies?: ManagedPolicies;
}

/**
 * Gathers a request's engine input from the world with these overrides and evaluates it, with
 * the engine's full trace unless `trace` is false (bulk searches). Never throws.
 */
export function decide(
  ctx: DecideContext,
  request: SimRequest,
  overrides: readonly PolicyOverride[],
  trace = true,
): DecideResult {
  const gathered = requestToEvaluationInput(ctx.sim, request, overrides, {
    managedPolicies: ctx.managedPolicies,
    prepare: ctx.prepare,
  });
  if (gathered.problems.length > 0) return { ok: false, error: gathered.problems[0] };
  try {
    return { ok: true, decision: evaluate(gathered.input, { trace }) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
