"use client";

import { useMemo } from "react";
import type { Answers, Lesson } from "@/lib/lessons";
import { useAppStore } from "@/components/store";

/** The learner's current text per slot: their saved draft, else the slot's starter. */
export function useLessonAnswers(lesson: Lesson): Answers {
  const drafts = useAppStore((s) => s.progress.lessons[lesson.id]?.drafts);
  return useMemo(() => {
    const answers: Answers = {};
    for (const slot of lesson.task.slots)
      answers[slot.id] = drafts?.[slot.id]?.text ?? slot.starter;
    return answers;
  }, [lesson, drafts]);
}
