"use client";

import { useRef } from "react";
import type { DecisionKind, StatementRef } from "@/lib/iam";
import { TraceFlow } from "@/components/trace";
import type { EvaluationResult } from "./useRequestEvaluation";
import panel from "./Panel.module.css";
import styles from "./Request.module.css";

const ICON_PATH: Record<DecisionKind, string> = {
  Allow: "M4 10.5l4 4 8-9", // a tick
  ExplicitDeny: "M10 2.5a7.5 7.5 0 1 0 0 15a7.5 7.5 0 1 0 0-15M4.7 4.7l10.6 10.6", // no entry
  ImplicitDeny: "M5 5l10 10M15 5L5 15", // a cross
};

const VERDICT: Record<DecisionKind, { text: string; tone: string }> = {
  Allow: { text: "Allow", tone: "allow" },
  ExplicitDeny: { text: "Explicit deny", tone: "deny" },
  ImplicitDeny: { text: "Implicit deny", tone: "implicit" },
};

function VerdictIcon({ kind }: { kind: DecisionKind }) {
  return (
    <svg
      className={styles.verdictIcon}
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={ICON_PATH[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

interface Props {
  result: EvaluationResult | null;
  /** The request in plain words, shown above the trace. */
  requestText: string;
  whyOpen: boolean;
  onWhy: (open: boolean) => void;
  canShow: (ref: StatementRef) => boolean;
  onShow: (ref: StatementRef) => void;
}

/** The decision for the tried request: verdict, AWS-style summary, and the trace behind "Why?". */
export function RequestResult({ result, requestText, whyOpen, onWhy, canShow, onShow }: Props) {
  const whyButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    onWhy(false);
    requestAnimationFrame(() => whyButton.current?.focus());
  };

  let body = <p className={styles.muted}>Fill in the request and press Evaluate.</p>;
  if (result?.kind === "errors") {
    body = (
      <div className={styles.problems} data-testid="req-problems">
        <p className={styles.problemsTitle}>The request cannot be evaluated yet:</p>
        <ul>
          {result.errors.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      </div>
    );
  } else if (result?.kind === "decision") {
    const v = VERDICT[result.decision.decision];
    body = (
      <>
        <p className={styles.verdict} data-tone={v.tone} data-testid="req-decision">
          <VerdictIcon kind={result.decision.decision} />
          {v.text}
        </p>
        <p className={styles.summary} data-testid="req-summary">
          {result.decision.summary}
        </p>
        <p className={styles.muted}>
          Decided in your browser in {result.ms < 1 ? "under 1" : Math.round(result.ms)} ms.
        </p>
      </>
    );
  }

  const decision = result?.kind === "decision" ? result.decision : null;
  return (
    <section aria-labelledby="pg-result" className={`${panel.panel} ${styles.result}`}>
      <div className={styles.resultHead}>
        <h3 id="pg-result" className={styles.h3}>
          Result
        </h3>
        {decision && (
          <button
            ref={whyButton}
            type="button"
            className="btn"
            aria-expanded={whyOpen}
            onClick={() => onWhy(!whyOpen)}
            data-testid="req-why"
          >
            {whyOpen ? "Hide why" : "Why?"}
          </button>
        )}
      </div>
      <div aria-live="polite" aria-atomic="true" data-testid="req-result">
        {body}
      </div>
      {decision && whyOpen && (
        <TraceFlow
          decision={decision}
          title="Why this decision"
          request={requestText}
          onClose={close}
          canShow={canShow}
          onShow={onShow}
        />
      )}
    </section>
  );
}
