import { z } from "zod";

/** The schema version written by this build. Older versions are migrated on load. */
export const CURRENT_PROGRESS_VERSION = 2;

/** A timestamp in milliseconds since the Unix epoch. */
const timestamp = z.number().int().nonnegative();

/** One policy editor's text as the learner last left it. */
export const policyDraftSchema = z.strictObject({
  kind: z.literal("policy"),
  text: z.string(),
  updatedAt: timestamp,
});

/** The choice a learner made for one question (predict) or item (classify). */
export const choiceDraftSchema = z.strictObject({
  kind: z.literal("choice"),
  choice: z.string().max(200),
  updatedAt: timestamp,
});

/**
 * What the learner left in one place of a lesson, tagged by kind: a policy text per answer slot,
 * a chosen answer per question. (The simulated account's state will be one more kind.)
 */
export const draftSchema = z.discriminatedUnion("kind", [policyDraftSchema, choiceDraftSchema]);

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
export type PolicyDraft = z.infer<typeof policyDraftSchema>;
export type ChoiceDraft = z.infer<typeof choiceDraftSchema>;
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

/** The text of a policy draft (undefined for none, or a draft of another kind). */
export function draftText(draft: Draft | undefined): string | undefined {
  return draft?.kind === "policy" ? draft.text : undefined;
}

/** The choice of a choice draft (undefined for none, or a draft of another kind). */
export function draftChoice(draft: Draft | undefined): string | undefined {
  return draft?.kind === "choice" ? draft.choice : undefined;
}
