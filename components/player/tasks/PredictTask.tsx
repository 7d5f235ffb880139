"use client";

import { DECISION_CHOICES, describeRequest } from "@/lib/lessons";
import { useAppStore } from "@/components/store";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { PredictWhy } from "./PredictWhy";
import type { TaskKindView, TaskViewProps } from "./types";
import styles from "./Tasks.module.css";

/** The decisions in the words the trace uses. */
export const DECISION_LABELS: Record<(typeof DECISION_CHOICES)[number], string> = {
  Allow: "Allowed",
  ExplicitDeny: "Explicitly denied",
  ImplicitDeny: "Implicitly denied (nothing allows it)",
};
const CHOICES = DECISION_CHOICES.map((value) => ({ value, label: DECISION_LABELS[value] }));

function PredictTaskView({ lesson, answers, checked, checkBar }: TaskViewProps<"predict">) {
  const saveChoice = useAppStore((s) => s.saveChoice);
  const openId = useAppStore((s) => s.openTraceCheckId);
  const openTrace = useAppStore((s) => s.openTrace);
  const closeTrace = useAppStore((s) => s.closeTrace);
  const close = (id: string) => {
    closeTrace();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-testid="why-${id}"]`)?.focus(),
    );
  };
  return (
    <>
      <div className={styles.questions} data-testid="predict-questions">
        {lesson.task.questions.map((q) => {
          const result = checked?.checks.find((c) => c.id === q.id);
          return (
            <ChoiceQuestion
              key={q.id}
              id={q.id}
              legend={q.description}
              detail={`${describeRequest(q)}. What does AWS decide?`}
              choices={CHOICES}
              value={answers[q.id]}
              onChange={(choice) => saveChoice(lesson.id, q.id, choice)}
              result={result}
              why={
                result?.decision
                  ? {
                      open: openId === q.id,
                      onToggle: () => (openId === q.id ? closeTrace() : openTrace(q.id)),
                      panel: <PredictWhy result={result} onClose={() => close(q.id)} />,
                    }
                  : undefined
              }
            />
          );
        })}
      </div>
      {checkBar}
    </>
  );
}

function answered(ids: readonly string[], answers: Record<string, string>): number {
  return ids.filter((id) => answers[id] !== undefined).length;
}

/** The `predict` kind in the player. */
export const predictView: TaskKindView<"predict"> = {
  View: PredictTaskView,
  checkable: true,
  liveStatus: (lesson, answers) => {
    const ids = lesson.task.questions.map((q) => q.id);
    return `${answered(ids, answers)} of ${ids.length} answered.`;
  },
  verdict: (_lesson, result) => {
    const right = result.checks.filter((c) => c.passed).length;
    return result.passed
      ? "Checked: every answer is right."
      : `Checked: ${right} of ${result.checks.length} right.`;
  },
};
