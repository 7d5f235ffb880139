"use client";

import { CONSOLE_UNAVAILABLE } from "@/lib/lessons";
import type { TaskKindView, TaskViewProps } from "./types";
import styles from "./Tasks.module.css";

/**
 * The place of a console task: the simulated account's console and terminal go here. Until they
 * exist it says so and lists what the lesson will ask for.
 */
function ConsoleTaskView({ lesson, checkBar }: TaskViewProps<"console">) {
  return (
    <section className={styles.notice} aria-labelledby="console-title" data-testid="console-task">
      <h3 id="console-title">The simulated AWS account</h3>
      <p>{CONSOLE_UNAVAILABLE}</p>
      <p>When it is here, this lesson will check that:</p>
      <ul>
        {lesson.task.checks.map((c) => (
          <li key={c.id}>{c.description}</li>
        ))}
      </ul>
      {checkBar}
    </section>
  );
}

/** The `console` kind in the player. */
export const consoleView: TaskKindView<"console"> = {
  View: ConsoleTaskView,
  checkable: false,
  liveStatus: () => "Console lessons need the simulated account.",
  verdict: () => "Console lessons need the simulated account.",
};
