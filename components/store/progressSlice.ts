import type { StateCreator } from "zustand";
import {
  completeLesson,
  emptyProgress,
  markSolutionViewed,
  merge,
  openLesson,
  recordAttempt,
  revealHint,
  sameProgress,
  saveDraft,
  saveChoice,
  type Progress,
} from "@/lib/progress";
import type { AppState, StoreDeps } from "./types";

/** How persistence is doing; the notice component explains anything but "ready". */
export type PersistenceState =
  | { status: "loading" }
  | { status: "ready" }
  | { status: "unavailable"; reason: string }
  | { status: "corrupted"; reason: string; raw: string; newer: boolean };

/** What the learner did, and the actions that record it (each a pure `lib/progress` update). */
export interface ProgressSlice {
  progress: Progress;
  persistence: PersistenceState;
  /** Counts resets, so persistence knows to drop the stored value instead of merging with it. */
  resetCount: number;
  /** Replaces progress wholesale (load from storage, "start fresh"). */
  replaceProgress: (progress: Progress) => void;
  /** Merges other progress in (another tab, an import) keeping the newer work of each. */
  mergeProgress: (incoming: Progress) => void;
  resetProgress: () => void;
  setPersistence: (state: PersistenceState) => void;
  openLesson: (lessonId: string) => void;
  saveDraft: (lessonId: string, slotId: string, text: string) => void;
  /** Records (or, with null, takes back) the learner's choice for a question or item. */
  saveChoice: (lessonId: string, questionId: string, choice: string | null) => void;
  recordAttempt: (lessonId: string) => void;
  revealHint: (lessonId: string, available: number) => void;
  completeLesson: (lessonId: string) => void;
  markSolutionViewed: (lessonId: string) => void;
}

/** Creates the progress slice; `deps.now` is the clock (injectable for tests). */
export function createProgressSlice(
  deps: StoreDeps,
): StateCreator<AppState, [], [], ProgressSlice> {
  return (set, get) => {
    const update = (change: (p: Progress, now: number) => Progress) => {
      const current = get().progress;
      const next = change(current, deps.now());
      if (next !== current) set({ progress: next });
    };
    return {
      progress: deps.initialProgress ?? emptyProgress(0),
      persistence: { status: "loading" },
      resetCount: 0,
      replaceProgress: (progress) => set({ progress }),
      mergeProgress: (incoming) => {
        const current = get().progress;
        const merged = merge(current, incoming);
        if (!sameProgress(merged, current)) set({ progress: merged });
      },
      resetProgress: () =>
        set((s) => ({ progress: emptyProgress(deps.now()), resetCount: s.resetCount + 1 })),
      setPersistence: (persistence) => set({ persistence }),
      openLesson: (id) => update((p, now) => openLesson(p, id, now)),
      saveDraft: (id, slot, text) => update((p, now) => saveDraft(p, id, slot, text, now)),
      saveChoice: (id, question, choice) =>
        update((p, now) => saveChoice(p, id, question, choice, now)),
      recordAttempt: (id) => update((p, now) => recordAttempt(p, id, now)),
      revealHint: (id, available) => update((p, now) => revealHint(p, id, available, now)),
      completeLesson: (id) => update((p, now) => completeLesson(p, id, now)),
      markSolutionViewed: (id) => update((p, now) => markSolutionViewed(p, id, now)),
    };
  };
}
