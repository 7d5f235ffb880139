"use client";

import type { ClassifyItem } from "@/lib/lessons";
import { useAppStore } from "@/components/store";
import { ChoiceQuestion } from "./ChoiceQuestion";
import type { TaskKindView, TaskViewProps } from "./types";
import styles from "./Tasks.module.css";

function ClassifyTaskView({ lesson, answers, checked, checkBar }: TaskViewProps<"classify">) {
  const saveChoice = useAppStore((s) => s.saveChoice);
  const { categories, groups, items } = lesson.task;
  const choices = categories.map((c) => ({ value: c.id, label: c.label }));
  const question = (item: ClassifyItem) => (
    <ChoiceQuestion
      key={item.id}
      id={item.id}
      legend={item.text}
      choices={choices}
      value={answers[item.id]}
      onChange={(choice) => saveChoice(lesson.id, item.id, choice)}
      result={checked?.checks.find((c) => c.id === item.id)}
    />
  );
  if (!groups || groups.length === 0)
    return (
      <>
        <div className={styles.questions} data-testid="classify-items">
          {items.map(question)}
        </div>
        {checkBar}
      </>
    );
  return (
    <>
      <div data-testid="classify-items">
        {groups.map((group) => (
          <section
            key={group.id}
            className={styles.group}
            aria-labelledby={`group-${group.id}`}
            data-testid={`group-${group.id}`}
          >
            <h3 id={`group-${group.id}`} className={styles.groupTitle}>
              {group.label}
            </h3>
            {group.description && <p className={styles.detail}>{group.description}</p>}
            <div className={styles.questions}>
              {items.filter((item) => item.group === group.id).map(question)}
            </div>
          </section>
        ))}
      </div>
      {checkBar}
    </>
  );
}

/** The `classify` kind in the player. */
export const classifyView: TaskKindView<"classify"> = {
  View: ClassifyTaskView,
  checkable: true,
  liveStatus: (lesson, answers) => {
    const ids = lesson.task.items.map((it) => it.id);
    const done = ids.filter((id) => answers[id] !== undefined).length;
    return `${done} of ${ids.length} sorted.`;
  },
  verdict: (_lesson, result) => {
    const right = result.checks.filter((c) => c.passed).length;
    return result.passed
      ? "Checked: every item is in the right place."
      : `Checked: ${right} of ${result.checks.length} right.`;
  },
};
