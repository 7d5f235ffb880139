"use client";

import { useId } from "react";
import type { LintFinding } from "@/components/editor/types";
import styles from "./Playground.module.css";

const SEVERITY_LABEL: Record<LintFinding["severity"], string> = {
  error: "Error",
  "security-warning": "Security",
  warning: "Warning",
  suggestion: "Suggestion",
  info: "Info",
};

const SEVERITY_ICON: Record<LintFinding["severity"], string> = {
  error: "✕",
  "security-warning": "⚠",
  warning: "!",
  suggestion: "i",
  info: "i",
};

interface Props {
  findings: LintFinding[] | null;
  /** Time the last lint took, in milliseconds. */
  lintMs: number | null;
  /** Where the last lint ran: the main thread or the lint worker. */
  lintWhere?: "main" | "worker";
  /** False while a second lint run waits for service details (see `LintReport.complete`). */
  complete?: boolean;
  onGoTo: (finding: LintFinding) => void;
}

/** The linter's findings beside the editor: severity, message, path and a "Go to" button. */
export function FindingsList({ findings, lintMs, lintWhere, complete = true, onGoTo }: Props) {
  const baseId = useId();
  const count = findings?.length ?? 0;
  const summary =
    findings === null
      ? "Checking…"
      : count === 0
        ? "No problems found."
        : `${count} finding${count === 1 ? "" : "s"}.`;
  return (
    <section
      aria-labelledby="pg-findings"
      className={styles.findings}
      aria-busy={findings === null || !complete}
      data-testid="findings"
      data-complete={findings !== null && complete}
    >
      <div className={styles.findingsHead}>
        <h2 id="pg-findings" className={styles.h2}>
          Findings
        </h2>
        <p className={styles.status} role="status" aria-live="polite" data-testid="findings-status">
          {summary}
          {lintMs !== null && (
            <span
              className={styles.timing}
              data-testid="lint-ms"
              data-ms={lintMs.toFixed(2)}
              data-where={lintWhere}
            >
              {" "}
              Checked in {lintMs < 1 ? "<1" : Math.round(lintMs)} ms.
            </span>
          )}
        </p>
      </div>
      {count > 0 && (
        <ol className={styles.list} data-testid="findings-list">
          {findings!.map((f, i) => (
            <li
              key={`${f.code}-${f.offset}-${i}`}
              className={styles.item}
              data-severity={f.severity}
            >
              <span className={styles.badge} data-severity={f.severity}>
                <span aria-hidden="true">{SEVERITY_ICON[f.severity]}</span>{" "}
                {SEVERITY_LABEL[f.severity]}
              </span>
              <p className={styles.message} id={`${baseId}-m${i}`}>
                {f.message}
              </p>
              <div className={styles.itemFoot}>
                <code className={styles.path}>{f.path || "(document)"}</code>
                <span className={styles.where}>
                  line {f.line}, column {f.column}
                </span>
                <button
                  type="button"
                  className={styles.goto}
                  onClick={() => onGoTo(f)}
                  aria-label={`Go to line ${f.line}, column ${f.column}`}
                  aria-describedby={`${baseId}-m${i}`}
                >
                  Go to
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
