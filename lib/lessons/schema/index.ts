/** The lesson content format: schema, types, validation with JSON-path errors. */
export {
  lessonSchema,
  blockSchema,
  taskSchema,
  isKind,
  TASK_KINDS,
  LESSON_SCHEMA_VERSION,
} from "./lesson";
export type {
  Lesson,
  Task,
  TaskKind,
  LessonOf,
  PolicyLesson,
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
export { checkSchema, leastPrivilegeSchema, slotTargetSchema, TARGET_POLICY_TYPE } from "./task";
export type { LessonIssue } from "./crossref";
export { zodIssues } from "./zodIssues";
export { formatPath } from "./jsonPath";
