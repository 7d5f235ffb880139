/**
 * Front door of lessons: the content format (schema and validation), grading with
 * counterexamples, and the helpers a player needs. The UI imports only from here.
 *
 * ```ts
 * const v = validateLesson(json);              // { ok, lesson } | { ok: false, errors: [{ path, message }] }
 * const grade = gradeLesson(lesson, { "alice-policy": text }, { managedPolicies, catalog });
 * grade.checks[0].decision?.trace;             // engine trace with `slot:<id>` policy ids
 * grade.leastPrivilege?.counterexample;        // smallest request the learner allows but should not
 * ```
 */
export * from "./schema";
export type {
  ActionCatalog,
  ManagedPolicies,
  GradeDeps,
  Answers,
  CheckResult,
  Counterexample,
  LeastPrivilegeResult,
  GradeResult,
} from "./grade/types";
export { gradeLesson, solutionAnswers, slotPolicyId } from "./grade/grade";
export { requiredManagedPolicies } from "./grade/managed";
export { describeRequest } from "./grade/words";
export { catalogFromActions } from "./grade/catalog";
