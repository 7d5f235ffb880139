/**
 * `evaluate`: the engine's main entry. Accepts a raw evaluation input (policies as objects,
 * JSON text, parsed `Policy` objects or labelled policies) or a `PreparedInput`.
 */
import { summarize } from "../explain/summary";
import type { Decision, EvaluationInput, InputIssue, TraceStep } from "../types";
import { decide } from "./engine";
import { InvalidInputError, prepare, type PreparedInput } from "./prepared";
import { RequestError, normalizeRequest } from "./request";

export { InvalidInputError, prepare };
export type { PreparedInput };

/** Options for `evaluate`. */
export interface EvaluateOptions {
  /**
   * Record the full trace (default true). With `false` the decision, reason, deciding
   * statements and summary are still returned, and `trace` is empty: the fast path for
   * bulk checks.
   */
  trace?: boolean;
}

/**
 * Decides a request and explains the decision. Throws `InvalidInputError` (with every issue and
 * its JSON path) when the input or one of its policies is invalid.
 */
export function evaluate(
  input: EvaluationInput | PreparedInput,
  options: EvaluateOptions = {},
): Decision {
  const prepared = prepare(input);
  let req = prepared.normalized;
  if (req === undefined || req.raw !== prepared.request) {
    try {
      req = normalizeRequest(prepared.request);
    } catch (e) {
      if (e instanceof RequestError)
        throw new InvalidInputError([{ path: e.path, message: e.message }]);
      throw e;
    }
    prepared.normalized = req;
  }
  const trace: TraceStep[] | null = options.trace === false ? null : [];
  const request = req;
  const outcome = decide(prepared, request, trace);
  // The summary is built on first read (an own, enumerable getter, so JSON and structured
  // clones still carry it): bulk checks that only look at the decision skip the string work.
  let summary: string | undefined;
  const decision: Decision = {
    decision: outcome.decision,
    reason: outcome.reason,
    decidedAt: outcome.decidedAt,
    deciding: outcome.deciding,
    get summary(): string {
      return (summary ??= summarize(outcome, request));
    },
    trace: trace ?? [],
  };
  return decision;
}

/** Result of `tryEvaluate`: a decision, or every input issue. */
export type TryEvaluateResult =
  { ok: true; decision: Decision } | { ok: false; issues: InputIssue[] };

/** Like `evaluate`, but returns input problems instead of throwing. */
export function tryEvaluate(
  input: EvaluationInput | PreparedInput,
  options: EvaluateOptions = {},
): TryEvaluateResult {
  try {
    return { ok: true, decision: evaluate(input, options) };
  } catch (e) {
    if (e instanceof InvalidInputError) return { ok: false, issues: e.issues };
    throw e;
  }
}
