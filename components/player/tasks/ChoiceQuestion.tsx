"use client";

import type { ReactNode } from "react";
import type { CheckResult } from "@/lib/lessons";
import styles from "./Tasks.module.css";

export interface ChoiceQuestionProps {
  /** Unique on the page: names the radio group and the test ids. */
  id: string;
  legend: string;
  /** A second line under the legend (the request in plain words). */
  detail?: string;
  choices: readonly { value: string; label: string }[];
  value: string | undefined;
  onChange: (value: string) => void;
  /** The check's result for this question, once checked: marks it and explains. */
  result?: CheckResult;
  /** A "Why?" button and the panel it opens (predict questions with a trace). */
  why?: { open: boolean; onToggle: () => void; panel: ReactNode };
}

/**
 * One question as a radio group (arrow keys choose, Tab moves on), marked right or wrong with its
 * explanation after a check.
 */
export function ChoiceQuestion({
  id,
  legend,
  detail,
  choices,
  value,
  onChange,
  result,
  why,
}: ChoiceQuestionProps) {
  const state = result ? (result.passed ? styles.right : styles.wrong) : "";
  const legendId = `q-${id}-legend`;
  return (
    <fieldset
      className={`${styles.question} ${state}`}
      data-testid={`question-${id}`}
      data-passed={result ? result.passed : undefined}
    >
      <legend id={legendId} className={styles.legend}>
        {result && (
          <span className={styles.mark} aria-hidden="true">
            {result.passed ? "✓" : "✗"}
          </span>
        )}
        {result && <span className="visually-hidden">{result.passed ? "Right: " : "Wrong: "}</span>}
        {legend}
      </legend>
      {detail && <p className={styles.detail}>{detail}</p>}
      <div className={styles.choices}>
        {choices.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input
              type="radio"
              name={`q-${id}`}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {result && (
        <div className={styles.result} data-testid={`result-${id}`}>
          <p>{result.explanation}</p>
          {why && (
            <button
              type="button"
              className="btn"
              aria-expanded={why.open}
              aria-describedby={legendId}
              data-testid={`why-${id}`}
              onClick={why.onToggle}
            >
              Why?
            </button>
          )}
        </div>
      )}
      {result && why?.open && <div className={styles.whyPanel}>{why.panel}</div>}
    </fieldset>
  );
}
