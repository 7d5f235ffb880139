"use client";

import { useCallback, useMemo } from "react";
import type { Answers, Lesson } from "@/lib/lessons";
import type { Progress } from "@/lib/progress";
import { useAppStore, useAppStoreApi } from "@/components/store";

/** The learner's text per slot in `progress`: their saved draft, else the slot's starter. */
export function answerTexts(lesson: Lesson, progress: Progress): string[] {
  const drafts = progress.lessons[lesson.id]?.drafts;
  return lesson.task.slots.map((slot) => drafts?.[slot.id]?.text ?? slot.starter);
}

function toAnswers(lesson: Lesson, texts: readonly string[]): Answers {
  const answers: Answers = {};
  lesson.task.slots.forEach((slot, i) => (answers[slot.id] = texts[i]));
  return answers;
}

/** Whether two answers hold the same text in every slot. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The learner's current text per slot: their saved draft, else the slot's starter. The object
 * changes only when a text does: a store update that leaves the texts alone (an attempt counted,
 * progress re-read after a save or from another tab) keeps it, so a "Checked" verdict and the
 * cached grade stay valid.
 *
 * `latest()` reads the store at the moment it is called. An event handler uses it, not the
 * rendered value: a keystroke reaches the store at once, but on a busy machine the click that
 * follows it can arrive before React has rendered the new text.
 */
export function useLessonAnswers(lesson: Lesson): { answers: Answers; latest: () => Answers } {
  const store = useAppStoreApi();
  const key = useAppStore((s) => JSON.stringify(answerTexts(lesson, s.progress)));
  const answers = useMemo(() => toAnswers(lesson, JSON.parse(key) as string[]), [lesson, key]);
  const latest = useCallback(() => {
    const now = toAnswers(lesson, answerTexts(lesson, store.getState().progress));
    return sameAnswers(now, answers) ? answers : now;
  }, [lesson, store, answers]);
  return { answers, latest };
}
