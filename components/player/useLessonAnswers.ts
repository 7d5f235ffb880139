"use client";

import { useMemo } from "react";
import type { Answers, Lesson } from "@/lib/lessons";
import { useAppStore } from "@/components/store";

/**
 * The learner's current text per slot: their saved draft, else the slot's starter. The object
 * changes only when a text does: a store update that leaves the texts alone (an attempt counted,
 * progress re-read after a save or from another tab) keeps it, so a "Checked" verdict and the
 * cached grade stay valid.
 */
export function useLessonAnswers(lesson: Lesson): Answers {
  const drafts = useAppStore((s) => s.progress.lessons[lesson.id]?.drafts);
  const key = JSON.stringify(
    lesson.task.slots.map((slot) => drafts?.[slot.id]?.text ?? slot.starter),
  );
  return useMemo(() => {
    const texts = JSON.parse(key) as string[];
    const answers: Answers = {};
    lesson.task.slots.forEach((slot, i) => (answers[slot.id] = texts[i]));
    return answers;
  }, [lesson, key]);
}
