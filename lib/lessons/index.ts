/**
 * Front door of lessons: the content format (schema, versions, validation), grading of every
 * kind of task with counterexamples and traces, and the helpers a player needs. The UI and the
 * command line import only from here.
 *
 * ```ts
 * const v = validateLesson(json);              // { ok, lesson } | { ok: false, errors: [{ path, message }] }
 * const grade = gradeLesson(lesson, { "alice-policy": text }, { managedPolicies, catalog });
 * grade.checks[0].decision?.trace;             // engine trace with `slot:<id>` policy ids
 * grade.leastPrivilege?.counterexample;        // smallest request the learner allows but should not
 * ```
 */
export * from "./schema";
export type { PolicyTask } from "./kinds/policy/schema";
export type { PredictTask, PredictQuestion } from "./kinds/predict/schema";
export { DECISION_CHOICES } from "./kinds/predict/schema";
export type { ClassifyTask, ClassifyItem } from "./kinds/classify/schema";
export type { ConsoleTask, ConsoleAnswer } from "./kinds/console/schema";
export { CONSOLE_UNAVAILABLE } from "./kinds/console/grade";
export { ALLOW_EVERYTHING } from "./kinds/policy";
export { validateLesson, crossReferenceIssues, MAX_LESSON_BYTES } from "./validate";
export type { LessonValidation } from "./validate";
export { upgradeLessonDocument, LESSON_MIGRATIONS } from "./versions/migrate";
export type {
  ActionCatalog,
  ManagedPolicies,
  GradeDeps,
  GradeOptions,
  Answers,
  LessonAnswer,
  ShownPolicy,
  CheckResult,
  Counterexample,
  LeastPrivilegeResult,
  GradeResult,
} from "./grade/types";
export {
  gradeLesson,
  solutionAnswer,
  starterAnswer,
  wrongAnswers,
  lessonListing,
  readAnswerFile,
  solutionIssues,
} from "./grade/grade";
export { AnswerFormatError } from "./kinds";
export type { QuestionListing } from "./kinds";
export { slotPolicyId, solutionAnswers } from "./kinds/policy/answers";
export { requiredManagedPolicies } from "./grade/managed";
export { describeRequest } from "./grade/words";
export { catalogFromActions } from "./grade/catalog";
export { loadCourse, summarize, activityOf } from "./course";
export type {
  Activity,
  Course,
  CourseEntry,
  CourseModule,
  LessonSummary,
  ModuleEntry,
} from "./course";
export { benchGrade } from "./grade/bench";
export type { GradeBench } from "./grade/bench";
export { snapshotCatalog, catalogFromSnapshot, leastPrivilegeServices } from "./grade/snapshot";
export type { CatalogSnapshot } from "./grade/snapshot";
