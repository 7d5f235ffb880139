import type { Draft, LessonProgress, Progress } from "./model";

function newerDraft(a: Draft | undefined, b: Draft | undefined): Draft {
  if (!a) return b as Draft;
  if (!b) return a;
  return b.updatedAt > a.updatedAt ? b : a;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/**
 * Merges one lesson's records so no work is lost: each draft keeps its newer text, counters keep
 * their maximum, the earliest start and completion are kept, and a viewed solution stays viewed.
 * @param a one copy of the lesson's progress
 * @param b another copy (another tab, an imported file)
 */
export function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const drafts: Record<string, Draft> = {};
  for (const slot of new Set([...Object.keys(a.drafts), ...Object.keys(b.drafts)]))
    drafts[slot] = newerDraft(a.drafts[slot], b.drafts[slot]);
  const merged: LessonProgress = {
    drafts,
    attempts: Math.max(a.attempts, b.attempts),
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    startedAt: Math.min(a.startedAt, b.startedAt),
  };
  const completedAt = minDefined(a.completedAt, b.completedAt);
  if (completedAt !== undefined) merged.completedAt = completedAt;
  if (a.solutionViewed || b.solutionViewed) merged.solutionViewed = true;
  return merged;
}

/**
 * Merges two progress documents without losing newer work, e.g. two open tabs or an import.
 * On equal timestamps `a` wins, so `merge(x, x)` equals `x` and merging is idempotent.
 * @param a the local progress
 * @param b the incoming progress
 */
export function merge(a: Progress, b: Progress): Progress {
  const lessons: Record<string, LessonProgress> = {};
  for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    const la = a.lessons[id];
    const lb = b.lessons[id];
    lessons[id] = la && lb ? mergeLesson(la, lb) : ((la ?? lb) as LessonProgress);
  }
  const newer = b.updatedAt > a.updatedAt ? b : a;
  return {
    version: a.version,
    lessons,
    lastLessonId: newer.lastLessonId ?? a.lastLessonId ?? b.lastLessonId,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}

/**
 * Tells whether two progress documents hold the same data (key order ignored).
 * @param a one document
 * @param b another
 */
export function sameProgress(a: Progress, b: Progress): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
