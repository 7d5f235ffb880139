/**
 * The object `evaluate` returns. A class, not an object literal with a getter: V8 builds a
 * literal with an accessor through a slow runtime path (about a microsecond each), while a
 * class instance costs a few nanoseconds. The summary sentence is built on first read.
 */
import { summarize } from "../explain/summary";
import type {
  Decision,
  DecisionKind,
  DecisionReason,
  StatementRef,
  TraceStage,
  TraceStep,
} from "../types";
import type { Outcome } from "./engine";
import type { NormalizedRequest } from "./request";

/**
 * A decision with a lazily built `summary`. `JSON.stringify` includes the summary (through
 * `toJSON`); to send a decision to a worker, send `toDecisionJson(decision)`, since a structured
 * clone keeps own data fields only.
 */
export class EvaluatedDecision implements Decision {
  readonly decision: DecisionKind;
  readonly reason: DecisionReason;
  readonly decidedAt?: TraceStage;
  readonly deciding: StatementRef[];
  readonly trace: TraceStep[];
  readonly #outcome: Outcome;
  readonly #request: NormalizedRequest;
  #text: string | undefined = undefined;

  constructor(outcome: Outcome, request: NormalizedRequest, trace: TraceStep[]) {
    this.#outcome = outcome;
    this.#request = request;
    this.decision = outcome.decision;
    this.reason = outcome.reason;
    this.decidedAt = outcome.decidedAt;
    this.deciding = outcome.deciding;
    this.trace = trace;
  }

  /** One sentence in AWS's style, built on first read. */
  get summary(): string {
    if (this.#text === undefined) this.#text = summarize(this.#outcome, this.#request);
    return this.#text;
  }

  /** The plain fields, summary included (what `JSON.stringify` writes). */
  toJSON(): Decision {
    return {
      decision: this.decision,
      reason: this.reason,
      decidedAt: this.decidedAt,
      deciding: this.deciding,
      summary: this.summary,
      trace: this.trace,
    };
  }
}
