"use client";

import { useCallback, useMemo } from "react";
import type { Answers, Lesson } from "@/lib/lessons";
import { draftChoice, draftText, type Progress } from "@/lib/progress";
import { useAppStore, useAppStoreApi } from "@/components/store";

/**
 * The places of a lesson's answer and what each holds when the learner has done nothing: a policy
 * slot holds its starter text, a question or item no choice (null), a console task nothing here.
 */
function answerPlaces(lesson: Lesson): { id: string; initial: string | null }[] {
  switch (lesson.task.kind) {
    case "policy":
      return lesson.task.slots.map((s) => ({ id: s.id, initial: s.starter }));
    case "predict":
      return lesson.task.questions.map((q) => ({ id: q.id, initial: null }));
    case "classify":
      return lesson.task.items.map((it) => ({ id: it.id, initial: null }));
    case "console":
      return [];
  }
}

/**
 * The learner's answer per place in `progress`, in the lesson's order: the saved policy text
 * (else the slot's starter), or the saved choice (else null).
 */
export function answerTexts(lesson: Lesson, progress: Progress): (string | null)[] {
  const drafts = progress.lessons[lesson.id]?.drafts;
  const policy = lesson.task.kind === "policy";
  return answerPlaces(lesson).map(({ id, initial }) => {
    const saved = policy ? draftText(drafts?.[id]) : draftChoice(drafts?.[id]);
    return saved ?? initial;
  });
}

function toAnswers(lesson: Lesson, texts: readonly (string | null)[]): Answers {
  const answers: Answers = {};
  answerPlaces(lesson).forEach(({ id }, i) => {
    if (texts[i] !== null) answers[id] = texts[i] as string;
  });
  return answers;
}

/** Whether two answers hold the same text in every slot. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The learner's current answer: per policy slot their saved text (else the starter), per question
 * or item their choice (unanswered ones are left out). The object changes only when an answer does: a store update that leaves the texts alone (an attempt counted,
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
  const answers = useMemo(
    () => toAnswers(lesson, JSON.parse(key) as (string | null)[]),
    [lesson, key],
  );
  const latest = useCallback(() => {
    const now = toAnswers(lesson, answerTexts(lesson, store.getState().progress));
    return sameAnswers(now, answers) ? answers : now;
  }, [lesson, store, answers]);
  return { answers, latest };
}
