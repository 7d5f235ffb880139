import type { Lesson } from "../schema";
import { gradeLesson } from "./grade";
import type { LessonAnswer, GradeDeps } from "./types";

/** Timings of grading one lesson, in milliseconds. */
export interface GradeBench {
  lesson: string;
  /** First grade of a fresh lesson object: indexing, parsing and reference decisions included. */
  coldMs: number;
  /** Re-grades with the lesson prepared, as while a learner types. */
  warm: { runs: number; medianMs: number; p95Ms: number; maxMs: number };
  /** Requests compared by the least-privilege search in the last warm run. */
  requestsChecked: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * Measures grading speed: one cold grade on a fresh copy of the lesson, then `runs` warm
 * re-grades cycling through `answerSets` (each re-parsed every time, as when a learner edits).
 * Pure (uses `performance.now()`), so it runs in Node and in the browser.
 */
export function benchGrade(
  lesson: Lesson,
  answerSets: readonly LessonAnswer[],
  deps: GradeDeps,
  runs = 200,
): GradeBench {
  const fresh = structuredClone(lesson);
  let started = performance.now();
  gradeLesson(fresh, answerSets[0], deps);
  const coldMs = performance.now() - started;
  for (let i = 0; i < 20; i++) gradeLesson(fresh, answerSets[i % answerSets.length], deps);
  const times: number[] = [];
  let requestsChecked = 0;
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    const result = gradeLesson(fresh, answerSets[i % answerSets.length], deps);
    times.push(performance.now() - started);
    requestsChecked = result.leastPrivilege?.requestsChecked ?? 0;
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    lesson: lesson.id,
    coldMs: round(coldMs),
    warm: {
      runs,
      medianMs: round(percentile(times, 0.5)),
      p95Ms: round(percentile(times, 0.95)),
      maxMs: round(times[times.length - 1]),
    },
    requestsChecked,
  };
}
