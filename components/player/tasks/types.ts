import type { ComponentType, ReactNode } from "react";
import type { Answers, GradeResult, LessonOf, TaskKind } from "@/lib/lessons";

/** What every task view receives from the player. */
export interface TaskViewProps<K extends TaskKind> {
  lesson: LessonOf<K>;
  answers: Answers;
  /** The latest live grade (policy tasks show it as the learner types). */
  grade: GradeResult | null;
  /** The grade of the last "Check", while the answers it graded stand; else null. */
  checked: GradeResult | null;
  /** True while the latest answers have not been graded yet. */
  stale: boolean;
  /** The "Check" button and status line, placed where the kind's layout wants it. */
  checkBar: ReactNode;
}

/** One kind of task in the player: its view and the words of its status line. */
export interface TaskKindView<K extends TaskKind> {
  View: ComponentType<TaskViewProps<K>>;
  /** The status line while no "Check" verdict stands. */
  liveStatus(lesson: LessonOf<K>, answers: Answers, grade: GradeResult | null): string;
  /** The status line after "Check". */
  verdict(lesson: LessonOf<K>, result: GradeResult): string;
  /** False where there is nothing to check yet (a console task before the simulated account). */
  checkable: boolean;
}
