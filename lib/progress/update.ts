import { emptyLessonProgress, type LessonProgress, type Progress } from "./model";

function withLesson(
  progress: Progress,
  lessonId: string,
  now: number,
  change: (lesson: LessonProgress) => LessonProgress,
): Progress {
  const lesson = progress.lessons[lessonId] ?? emptyLessonProgress(now);
  return {
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: change(lesson) },
    lastLessonId: lessonId,
    updatedAt: Math.max(now, progress.updatedAt),
  };
}

/**
 * Records that the learner opened a lesson (starting it when new) and makes it the lesson to
 * continue with.
 * @param progress the current progress
 * @param lessonId the lesson opened
 * @param now the time in epoch milliseconds
 */
export function openLesson(progress: Progress, lessonId: string, now: number): Progress {
  if (progress.lastLessonId === lessonId && progress.lessons[lessonId]) return progress;
  return withLesson(progress, lessonId, now, (lesson) => lesson);
}

/**
 * Saves the text of one editor slot, stamped with its time so merges keep the newer text.
 * @param progress the current progress
 * @param lessonId the lesson
 * @param slotId the answer slot the editor belongs to
 * @param text the editor's text
 * @param now the time in epoch milliseconds
 */
export function saveDraft(
  progress: Progress,
  lessonId: string,
  slotId: string,
  text: string,
  now: number,
): Progress {
  const old = progress.lessons[lessonId]?.drafts[slotId];
  if (old?.kind === "policy" && old.text === text) return progress;
  return withLesson(progress, lessonId, now, (lesson) => ({
    ...lesson,
    drafts: { ...lesson.drafts, [slotId]: { kind: "policy", text, updatedAt: now } },
  }));
}

/**
 * Records the learner's choice for one question or item (`null` takes the choice back).
 * @param progress the current progress
 * @param lessonId the lesson
 * @param questionId the question (predict) or item (classify)
 * @param choice the chosen answer
 * @param now the time in epoch milliseconds
 */
export function saveChoice(
  progress: Progress,
  lessonId: string,
  questionId: string,
  choice: string | null,
  now: number,
): Progress {
  const old = progress.lessons[lessonId]?.drafts[questionId];
  if (choice === null ? old === undefined : old?.kind === "choice" && old.choice === choice)
    return progress;
  return withLesson(progress, lessonId, now, (lesson) => {
    const drafts = { ...lesson.drafts };
    if (choice === null) delete drafts[questionId];
    else drafts[questionId] = { kind: "choice", choice, updatedAt: now };
    return { ...lesson, drafts };
  });
}

/**
 * Counts one press of "Check".
 * @param progress the current progress
 * @param lessonId the lesson
 * @param now the time in epoch milliseconds
 */
export function recordAttempt(progress: Progress, lessonId: string, now: number): Progress {
  return withLesson(progress, lessonId, now, (l) => ({ ...l, attempts: l.attempts + 1 }));
}

/**
 * Reveals one more hint, up to the number of hints the lesson has.
 * @param progress the current progress
 * @param lessonId the lesson
 * @param available how many hints the lesson has
 * @param now the time in epoch milliseconds
 */
export function revealHint(
  progress: Progress,
  lessonId: string,
  available: number,
  now: number,
): Progress {
  const used = progress.lessons[lessonId]?.hintsUsed ?? 0;
  if (used >= available) return progress;
  return withLesson(progress, lessonId, now, (l) => ({ ...l, hintsUsed: used + 1 }));
}

/**
 * Marks the lesson done; a lesson completed earlier keeps its first completion time.
 * @param progress the current progress
 * @param lessonId the lesson
 * @param now the time in epoch milliseconds
 */
export function completeLesson(progress: Progress, lessonId: string, now: number): Progress {
  if (progress.lessons[lessonId]?.completedAt !== undefined) return progress;
  return withLesson(progress, lessonId, now, (l) => ({ ...l, completedAt: now }));
}

/**
 * Records that the learner chose to see the reference solution.
 * @param progress the current progress
 * @param lessonId the lesson
 * @param now the time in epoch milliseconds
 */
export function markSolutionViewed(progress: Progress, lessonId: string, now: number): Progress {
  if (progress.lessons[lessonId]?.solutionViewed) return progress;
  return withLesson(progress, lessonId, now, (l) => ({ ...l, solutionViewed: true }));
}
