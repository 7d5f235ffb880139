/**
 * The learner's progress: model, versions and migration, merging, updates, export/import.
 * Pure TypeScript: no React, no storage; the store in `components/store` persists it.
 */
export {
  CURRENT_PROGRESS_VERSION,
  draftSchema,
  lessonProgressSchema,
  progressSchema,
  emptyProgress,
  emptyLessonProgress,
  lessonStatus,
  draftText,
  draftChoice,
} from "./model";
export type {
  Draft,
  PolicyDraft,
  ChoiceDraft,
  LessonProgress,
  Progress,
  LessonStatus,
} from "./model";
export { migrate, migrateWith, PROGRESS_MIGRATIONS } from "./migrate";
export type { MigrateResult, MigrationStep, MigrationPlan } from "./migrate";
export { merge, mergeLesson, sameProgress } from "./merge";
export {
  openLesson,
  saveDraft,
  saveChoice,
  recordAttempt,
  revealHint,
  completeLesson,
  markSolutionViewed,
} from "./update";
export {
  exportProgress,
  exportFileName,
  importProgress,
  describeJsonError,
  lineColumnAt,
  EXPORT_APP,
  EXPORT_KIND,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
} from "./exchange";
export type { ImportResult } from "./exchange";
export { formatPath } from "./issues";
export { locateJsonError } from "./jsonError";
export { courseStanding, suggestNext, formatMinutes, shareText } from "./standing";
export type { StandingModule, ModuleStanding, CourseStanding, NextKind } from "./standing";
