"use client";

import { useState } from "react";
import { solutionAnswers, type Lesson } from "@/lib/lessons";
import { useAppStore } from "@/components/store";
import { ConfirmDialog } from "./ConfirmDialog";
import styles from "./Player.module.css";

/** "Show solution" behind a confirmation; then the reference documents, each copyable into its editor. */
export function SolutionPanel({ lesson }: { lesson: Lesson }) {
  const viewed = useAppStore((s) => s.progress.lessons[lesson.id]?.solutionViewed ?? false);
  const markSolutionViewed = useAppStore((s) => s.markSolutionViewed);
  const saveDraft = useAppStore((s) => s.saveDraft);
  const [confirming, setConfirming] = useState(false);
  const [visible, setVisible] = useState(false);
  const solution = solutionAnswers(lesson);

  const show = () => {
    markSolutionViewed(lesson.id);
    setConfirming(false);
    setVisible(true);
  };

  return (
    <section className={styles.box} aria-labelledby="solution-title">
      <h3 id="solution-title" className={styles.boxTitle}>
        Solution
      </h3>
      {!visible ? (
        <button
          type="button"
          className="btn"
          onClick={() => (viewed ? setVisible(true) : setConfirming(true))}
        >
          Show solution
        </button>
      ) : (
        <div data-testid="solution">
          {lesson.task.slots.map((slot) => (
            <div key={slot.id} className={styles.solutionSlot}>
              <p className={styles.solutionLabel}>{slot.label}</p>
              <pre className={styles.code} tabIndex={0} aria-label={`Solution for ${slot.label}`}>
                {solution[slot.id] ?? "(no reference document)"}
              </pre>
              {solution[slot.id] !== undefined && (
                <button
                  type="button"
                  className="btn"
                  onClick={() => saveDraft(lesson.id, slot.id, solution[slot.id])}
                >
                  Copy into the editor<span className="visually-hidden">: {slot.label}</span>
                </button>
              )}
            </div>
          ))}
          <button type="button" className="btn" onClick={() => setVisible(false)}>
            Hide solution
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Show the solution?"
        confirmLabel="Yes, show the solution"
        onConfirm={show}
        onCancel={() => setConfirming(false)}
      >
        <p>
          You learn the most by getting there yourself: try the next hint or a &ldquo;Why?&rdquo;
          first. The lesson still counts when you pass its checks.
        </p>
      </ConfirmDialog>
    </section>
  );
}
