"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Answers, GradeResult, Lesson, LessonAnswer } from "@/lib/lessons";
import { inlineGrader, workerGrader, type Grader } from "./grading/graders";
import type { LessonDeps } from "./useGradeDeps";

/** Delay between the last keystroke and the live re-check (grading itself runs off the page). */
export const LIVE_CHECK_DELAY_MS = 60;

/** The answer the grader takes: a console task's commands; the texts or choices otherwise. */
export function lessonAnswer(lesson: Lesson, answers: Answers): LessonAnswer {
  return lesson.task.kind === "console" ? { commands: [] } : answers;
}

/**
 * Grades the learner's answers live (after a short pause) and on demand, in a Web Worker when the
 * browser has one (`inline` grades on this thread: tests, embedded players). Grades are derived,
 * never stored. Traces are built for failing checks and for `traceIds` (the checks the learner
 * opened), so a grade carries only what can be shown.
 */
export function useLessonGrade(
  lesson: Lesson,
  answers: Answers,
  { deps, snapshot }: LessonDeps,
  options: { traceIds: readonly string[]; inline: boolean },
) {
  const { inline } = options;
  const traceKey = [...options.traceIds].sort().join("\n");
  const traceIds = useMemo(() => (traceKey ? traceKey.split("\n") : []), [traceKey]);
  const grader = useMemo<Grader>(
    () =>
      inline || typeof Worker === "undefined"
        ? inlineGrader(lesson, deps)
        : workerGrader(lesson, deps, snapshot),
    [lesson, deps, snapshot, inline],
  );
  useEffect(() => () => grader.dispose(), [grader]);

  const [live, setLive] = useState<{ answers: Answers; grade: GradeResult } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const graded = useRef(false);
  useEffect(() => {
    let current = true;
    // The first grade of a page runs at once; later ones wait for a pause in the typing.
    timer.current = setTimeout(
      () => {
        void grader.grade(lessonAnswer(lesson, answers), traceIds).then((grade) => {
          graded.current = true;
          if (current && grade) setLive({ answers, grade });
        });
      },
      graded.current ? LIVE_CHECK_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer.current);
    };
  }, [grader, lesson, answers, traceIds]);

  /**
   * Grades `now` (the answers at the moment "Check" is pressed) at once. Resolves null only if
   * newer requests kept replacing it (the learner went on typing).
   */
  const checkNow = useCallback(
    async (now: Answers): Promise<GradeResult | null> => {
      clearTimeout(timer.current);
      for (let attempt = 0; attempt < 3; attempt++) {
        const grade = await grader.grade(lessonAnswer(lesson, now), traceIds);
        if (grade) {
          setLive({ answers: now, grade });
          return grade;
        }
      }
      return null;
    },
    [grader, lesson, traceIds],
  );

  return {
    /** The latest grade (possibly of slightly older answers: see `stale`). */
    grade: live?.grade ?? null,
    checkNow,
    /** True while the latest answers have not been graded yet. */
    stale: live === null || live.answers !== answers,
  };
}
