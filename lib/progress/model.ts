import { z } from "zod";

/** The schema version written by this build. Older versions are migrated on load. */
export const CURRENT_PROGRESS_VERSION = 1;

/** A timestamp in milliseconds since the Unix epoch. */
const timestamp = z.number().int().nonnegative();

/** One editor's text as the learner last left it. */
export const draftSchema = z.strictObject({
  text: z.string(),
  updatedAt: timestamp,
});

/** What the learner did in one lesson. Grades and traces are derived, never stored. */
export const lessonProgressSchema = z.strictObject({
  drafts: z.record(z.string(), draftSchema),
  attempts: z.number().int().nonnegative(),
  hintsUsed: z.number().int().nonnegative(),
  startedAt: timestamp,
  completedAt: timestamp.optional(),
  solutionViewed: z.boolean().optional(),
});

/** The whole progress document at the current version. */
export const progressSchema = z.strictObject({
  version: z.literal(CURRENT_PROGRESS_VERSION),
  lessons: z.record(z.string(), lessonProgressSchema),
  lastLessonId: z.string().nullable(),
  updatedAt: timestamp,
});

export type Draft = z.infer<typeof draftSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** Where a learner stands in one lesson, as the course map shows it. */
export type LessonStatus = "not-started" | "in-progress" | "done";

/**
 * Returns a progress document with no lessons started.
 * @param now the creation time in epoch milliseconds (defaults to 0 so callers stay pure)
 */
export function emptyProgress(now = 0): Progress {
  return { version: CURRENT_PROGRESS_VERSION, lessons: {}, lastLessonId: null, updatedAt: now };
}

/**
 * Returns a fresh record for a lesson the learner has just opened.
 * @param now the start time in epoch milliseconds
 */
export function emptyLessonProgress(now: number): LessonProgress {
  return { drafts: {}, attempts: 0, hintsUsed: 0, startedAt: now };
}

/**
 * Tells whether a lesson is not started, in progress, or done.
 * @param progress the learner's progress
 * @param lessonId the lesson to look up
 */
export function lessonStatus(progress: Progress, lessonId: string): LessonStatus {
  const lesson = progress.lessons[lessonId];
  if (!lesson) return "not-started";
  return lesson.completedAt !== undefined ? "done" : "in-progress";
}
