import type { LessonOf } from "../../schema";
import type { Answers, CheckResult, GradeResult } from "../../grade/types";

type ClassifyLesson = LessonOf<"classify">;

/**
 * Grades a classify lesson: each item passes when the learner put it in the right category. Every
 * item's explanation is given, right or wrong, so the learner reads why after the check.
 */
export function gradeClassify(lesson: ClassifyLesson, answers: Answers): GradeResult {
  const label = (id: string) => lesson.task.categories.find((c) => c.id === id)?.label ?? id;
  const groupLabel = (id?: string) =>
    id ? lesson.task.groups?.find((g) => g.id === id)?.label : undefined;
  const checks: CheckResult[] = lesson.task.items.map((item) => {
    const choice = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    const passed = choice === item.answer;
    const group = groupLabel(item.group);
    const right = label(item.answer);
    const lead = passed
      ? `Right: ${right}.`
      : choice === undefined
        ? `Not sorted yet. It belongs to ${right}.`
        : `Not ${label(choice)}: it belongs to ${right}.`;
    return {
      id: item.id,
      name: group ? `${group}: ${item.text}` : item.text,
      passed,
      expected: item.answer,
      actual: choice ?? "(no answer)",
      explanation: `${lead} ${item.explanation}`,
      request: item.text,
    };
  });
  return { passed: checks.every((c) => c.passed), checks, parseErrors: {} };
}
