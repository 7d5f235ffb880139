"use client";

import type { ReactNode } from "react";
import { useAppStore } from "@/components/store";
import styles from "./Player.module.css";

export interface HintPanelProps {
  lessonId: string;
  /** The lesson's hints, already rendered (Markdown on the server). */
  hints: ReactNode[];
}

/** Reveals the lesson's hints one at a time; how many were shown is kept in progress. */
export function HintPanel({ lessonId, hints }: HintPanelProps) {
  const used = useAppStore((s) => s.progress.lessons[lessonId]?.hintsUsed ?? 0);
  const revealHint = useAppStore((s) => s.revealHint);
  if (hints.length === 0) return null;
  const shown = Math.min(used, hints.length);
  const left = hints.length - shown;
  return (
    <section className={styles.box} aria-labelledby="hints-title">
      <h3 id="hints-title" className={styles.boxTitle}>
        Hints
      </h3>
      <ol className={styles.hints} aria-live="polite" data-testid="hints">
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i} className={styles.hint}>
            {hint}
          </li>
        ))}
      </ol>
      {/* aria-disabled rather than disabled: a disabled button would drop keyboard focus. */}
      <button
        type="button"
        className={`btn ${styles.hintButton}`}
        aria-disabled={left === 0}
        onClick={() => left > 0 && revealHint(lessonId, hints.length)}
      >
        Next hint
      </button>{" "}
      <span className={styles.muted}>
        {left === 0 ? "All hints shown." : `${left} hint${left === 1 ? "" : "s"} left.`}
      </span>
    </section>
  );
}
