"use client";

import { useState } from "react";
import { solutionAnswers, type Lesson, type PolicyLesson } from "@/lib/lessons";
import { useAppStore } from "@/components/store";
import { ConfirmDialog } from "./ConfirmDialog";
import styles from "./Player.module.css";

/** The reference policy documents, each copyable into its editor. */
function PolicySolution({ lesson }: { lesson: PolicyLesson }) {
  const saveDraft = useAppStore((s) => s.saveDraft);
  const solution = solutionAnswers(lesson);
  return lesson.task.slots.map((slot) => (
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
  ));
}

/** The right answer of each question or item, and a button that fills them all in. */
function ChoiceSolution({ lesson }: { lesson: Lesson }) {
  const saveChoice = useAppStore((s) => s.saveChoice);
  const rows =
    lesson.task.kind === "predict"
      ? lesson.task.questions.map((q) => ({
          id: q.id,
          text: q.description,
          answer: q.answer,
          label: q.answer,
        }))
      : lesson.task.kind === "classify"
        ? lesson.task.items.map((it) => {
            const task = lesson.task as Extract<Lesson["task"], { kind: "classify" }>;
            const label = task.categories.find((c) => c.id === it.answer)?.label ?? it.answer;
            return { id: it.id, text: it.text, answer: it.answer, label };
          })
        : [];
  if (rows.length === 0)
    return <p>The solution is a list of console actions: it comes with the simulated account.</p>;
  return (
    <>
      <dl className={styles.solutionList}>
        {rows.map((r) => (
          <div key={r.id}>
            <dt>{r.text}</dt>
            <dd>{r.label}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="btn"
        onClick={() => rows.forEach((r) => saveChoice(lesson.id, r.id, r.answer))}
      >
        Fill in these answers
      </button>
    </>
  );
}

/** "Show solution" behind a confirmation; then the reference answer of the lesson's kind. */
export function SolutionPanel({ lesson }: { lesson: Lesson }) {
  const viewed = useAppStore((s) => s.progress.lessons[lesson.id]?.solutionViewed ?? false);
  const markSolutionViewed = useAppStore((s) => s.markSolutionViewed);
  const [confirming, setConfirming] = useState(false);
  const [visible, setVisible] = useState(false);

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
          {lesson.task.kind === "policy" ? (
            <PolicySolution lesson={lesson as PolicyLesson} />
          ) : (
            <ChoiceSolution lesson={lesson} />
          )}
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
