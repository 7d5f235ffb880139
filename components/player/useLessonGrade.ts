"use client";

import { useCallback, useMemo } from "react";
import {
  gradeLesson,
  type Answers,
  type GradeDeps,
  type GradeResult,
  type Lesson,
} from "@/lib/lessons";
import { useDebounced } from "./useDebounced";

/** Delay between the last keystroke and the live re-check. */
export const LIVE_CHECK_DELAY_MS = 300;

/**
 * Grades the learner's answers live (debounced) and on demand. Grades are derived, never
 * stored: a cache per answers object keeps "Check" from grading the same text twice.
 */
export function useLessonGrade(lesson: Lesson, answers: Answers, deps: GradeDeps) {
  // A fresh cache whenever the lesson or the grading data change.
  const cache = useMemo(() => new WeakMap<Answers, GradeResult>(), [lesson, deps]);
  const gradeFor = useCallback(
    (a: Answers) => {
      let result = cache.get(a);
      if (!result) {
        result = gradeLesson(lesson, a, deps);
        cache.set(a, result);
      }
      return result;
    },
    [cache, lesson, deps],
  );
  const [settled, flush] = useDebounced(answers, LIVE_CHECK_DELAY_MS);
  const grade = useMemo(() => gradeFor(settled), [gradeFor, settled]);
  /** Grades `now` (the text at the moment "Check" is pressed) at once. */
  const checkNow = useCallback((now: Answers) => gradeFor(flush(now)), [gradeFor, flush]);
  return { grade, checkNow, stale: settled !== answers };
}
