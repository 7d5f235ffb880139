import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { PolicyLesson } from "@/lib/lessons";
import { courseLessons } from "@/components/course/courseData";
import { StoreProvider, useAppStoreApi } from "@/components/store";
import { MemoryStorage } from "@/components/store/testing";
import { useLessonAnswers } from "./useLessonAnswers";

const lesson = courseLessons().find((l) => l.task.kind === "policy") as PolicyLesson;
const slot = lesson.task.slots[0];
const wrapper = ({ children }: { children: ReactNode }) => (
  <StoreProvider storage={new MemoryStorage()}>{children}</StoreProvider>
);

function setup() {
  return renderHook(
    () => ({ answers: useLessonAnswers(lesson).answers, store: useAppStoreApi() }),
    {
      wrapper,
    },
  );
}

describe("useLessonAnswers", () => {
  it("given no draft, then each slot holds its starter", () => {
    const { result } = setup();
    expect(result.current.answers[slot.id]).toBe(slot.starter);
  });

  it("given a saved draft, then the answers change to it", () => {
    const { result } = setup();
    const before = result.current.answers;
    act(() => result.current.store.getState().saveDraft(lesson.id, slot.id, "{}"));
    expect(result.current.answers).not.toBe(before);
    expect(result.current.answers[slot.id]).toBe("{}");
  });

  it("given a store update that leaves the texts alone, then the answers stay the same object", () => {
    const { result } = setup();
    act(() => result.current.store.getState().saveDraft(lesson.id, slot.id, "{}"));
    const before = result.current.answers;
    act(() => result.current.store.getState().recordAttempt(lesson.id));
    expect(result.current.answers).toBe(before);
    // Progress re-read from storage: equal content, new objects.
    const copy = structuredClone(result.current.store.getState().progress);
    act(() => result.current.store.getState().replaceProgress(copy));
    expect(result.current.answers).toBe(before);
  });
});
