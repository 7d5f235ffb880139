/** Plain-JSON rendering of a decision, for the CLI and for sending across workers. */
import type { Decision } from "../types";

/**
 * Returns a JSON-ready copy of a decision. With `trace: false` the trace is left out; the
 * deciding statements (policy, statement index, Sid, path, range) are always kept.
 */
export function toDecisionJson(
  d: Decision,
  options: { trace?: boolean } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    decision: d.decision,
    reason: d.reason,
    summary: d.summary,
  };
  if (d.decidedAt) out.decidedAt = d.decidedAt;
  out.deciding = d.deciding;
  if (options.trace !== false) out.trace = d.trace;
  return out;
}
