import type { PolicyLesson as Lesson } from "../../schema";
import { parseAnswers } from "./answers";
import { runCheck, unrunChecks } from "../../grade/checks";
import { checkLeastPrivilege } from "./leastPrivilege";
import { prepareLesson } from "./prepared";
import type { Answers, GradeDeps, GradeOptions, GradeResult } from "../../grade/types";

export { slotPolicyId, solutionAnswers } from "./answers";

/**
 * Grades a learner's answers (slot id -> document text) against a validated policy lesson: every
 * functional check, then (when the lesson has one) the least-privilege comparison with the
 * reference solution, which names the smallest request the learner allows and should not. Answers that do not parse fail every check with the
 * parse error as the explanation. Never throws on bad answers.
 */
export function gradePolicy(
  lesson: Lesson,
  answers: Answers,
  deps: GradeDeps = {},
  options: GradeOptions = {},
): GradeResult {
  const prepared = prepareLesson(lesson, deps.managedPolicies);
  const parsed = parseAnswers(lesson, answers);
  const broken = Object.entries(parsed.parseErrors);
  if (broken.length > 0) {
    const [slotId, errors] = broken[0];
    const first = errors[0];
    const where = first.path ? ` at ${first.path}` : "";
    const explanation = `The answer for "${slotId}" cannot be read${where} (line ${first.line}, column ${first.column}): ${first.message}`;
    const checks = unrunChecks(lesson.task.checks, explanation);
    const leastPrivilege = lesson.task.leastPrivilege
      ? { passed: false, explanation, requestsChecked: 0 }
      : undefined;
    return { passed: false, checks, leastPrivilege, parseErrors: parsed.parseErrors };
  }
  const checks = lesson.task.checks.map((check) =>
    runCheck(prepared.ctx, check, parsed.overrides, options.traceFor),
  );
  const checksPassed = checks.every((c) => c.passed);
  let leastPrivilege: GradeResult["leastPrivilege"];
  if (lesson.task.leastPrivilege) {
    leastPrivilege = checkLeastPrivilege(lesson, prepared, parsed, deps.catalog);
  }
  const passed = checksPassed && (leastPrivilege?.passed ?? true);
  return { passed, checks, leastPrivilege, parseErrors: {} };
}
