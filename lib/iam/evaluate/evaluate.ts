/**
 * `evaluate`: the engine's main entry. Accepts a raw evaluation input (policies as objects,
 * JSON text, parsed `Policy` objects or labelled policies) or a `PreparedInput`.
 */
import type { Decision, EvaluationInput, InputIssue, TraceStep } from "../types";
import { EvaluatedDecision } from "./decision";
import { decide } from "./engine";
import { InvalidInputError, prepare, type PreparedInput } from "./prepared";
import { RequestError } from "./request";
import { normalizeRequestCached } from "./request-cache";

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
      req = normalizeRequestCached(prepared.request);
    } catch (e) {
      if (e instanceof RequestError)
        throw new InvalidInputError([{ path: e.path, message: e.message }]);
      throw e;
    }
    prepared.normalized = req;
  }
  const trace: TraceStep[] | null = options.trace === false ? null : [];
  // The summary is built on first read: bulk checks that only look at the decision skip it.
  return new EvaluatedDecision(decide(prepared, req, trace), req, trace ?? []);
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
