import type { LessonOf } from "../../schema";
import { unrunChecks } from "../../grade/checks";
import type { GradeResult } from "../../grade/types";
import type { ConsoleAnswer } from "./schema";

type ConsoleLesson = LessonOf<"console">;

/** Why a console answer cannot be graded in this build (the simulated account is not here yet). */
export const CONSOLE_UNAVAILABLE =
  "Console lessons run in the simulated AWS account, which this version of Least Privilege does not have yet.";

/**
 * Grades a console lesson. The commands run against the simulated account, and the checks are
 * then decided against the changed account. Until the account model exists every check fails with
 * that reason (an empty command list fails in any case: nothing was done).
 */
export function gradeConsole(lesson: ConsoleLesson, answer: ConsoleAnswer): GradeResult {
  // A malformed answer (no `commands` list) is graded as doing nothing.
  const commands = Array.isArray(answer?.commands) ? answer.commands : [];
  const reason = commands.length === 0 ? "No commands were run." : CONSOLE_UNAVAILABLE;
  return { passed: false, checks: unrunChecks(lesson.task.checks, reason), parseErrors: {} };
}
