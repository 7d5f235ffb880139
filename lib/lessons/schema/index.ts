/** The lesson content format: schema, types, validation with JSON-path errors. */
export { lessonSchema, blockSchema, LESSON_SCHEMA_VERSION } from "./lesson";
export type {
  Lesson,
  Block,
  MarkdownBlock,
  CalloutBlock,
  DiagramBlock,
  OtherBlock,
  Slot,
  Check,
  LeastPrivilegeSpec,
  Expectation,
} from "./lesson";
export { scenarioSchema } from "./scenario";
export {
  taskSchema,
  checkSchema,
  leastPrivilegeSchema,
  slotTargetSchema,
  TARGET_POLICY_TYPE,
} from "./task";
export { crossReferenceIssues } from "./crossref";
export type { LessonIssue } from "./crossref";
export { validateLesson, zodIssues, MAX_LESSON_BYTES } from "./validate";
export type { LessonValidation } from "./validate";
export { formatPath } from "./jsonPath";
