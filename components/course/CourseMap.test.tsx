import { act, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StoreProvider, type AppStore } from "@/components/store";
import { GrabStore, MemoryStorage } from "@/components/store/testing";
import { CourseMap } from "./CourseMap";
import { ContinueCardClient, pickContinue } from "./ContinueCardClient";
import type { LessonSummary } from "./courseData";
import { courseSummaries } from "./courseData";

const lessons: LessonSummary[] = [
  {
    id: "a",
    title: "Lesson A",
    module: "M1",
    kind: "policy",
    summary: "A.",
    estimatedMinutes: 5,
    difficulty: "beginner",
  },
  {
    id: "b",
    title: "Lesson B",
    module: "M1",
    kind: "policy",
    summary: "B.",
    estimatedMinutes: 10,
    difficulty: "beginner",
  },
  {
    id: "c",
    title: "Lesson C",
    module: "M2",
    kind: "policy",
    summary: "C.",
    estimatedMinutes: 15,
    difficulty: "intermediate",
  },
];

function mount(ui: React.ReactNode) {
  let store!: AppStore;
  render(
    <StoreProvider storage={new MemoryStorage()}>
      <GrabStore onStore={(s) => (store = s)} />
      {ui}
    </StoreProvider>,
  );
  return () => store;
}

describe("CourseMap", () => {
  it("given progress, when rendered, then modules, times and statuses are shown in words", () => {
    const store = mount(<CourseMap lessons={lessons} />);
    act(() => {
      store().getState().completeLesson("a");
      store().getState().openLesson("b");
    });
    expect(screen.getByRole("heading", { name: "M1" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "M2" })).toBeTruthy();
    expect(within(screen.getByTestId("lesson-a")).getByText("Done")).toBeTruthy();
    expect(within(screen.getByTestId("lesson-b")).getByText("In progress")).toBeTruthy();
    expect(within(screen.getByTestId("lesson-c")).getByText("Not started")).toBeTruthy();
    expect(screen.getByTestId("course-progress").textContent).toMatch(
      /about 30 minutes.*1 of 3 done/,
    );
    expect(screen.getByRole("link", { name: "Lesson C" }).getAttribute("href")).toBe("/learn/c");
  });

  it("given the built-in course, when summarised, then every lesson validates in order", () => {
    const all = courseSummaries();
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
  });
});

describe("ContinueCard", () => {
  const status = (map: Record<string, "not-started" | "in-progress" | "done">) => (id: string) =>
    map[id] ?? "not-started";

  it("given a new learner, when picking, then it starts the course", () => {
    expect(pickContinue(lessons, status({}), null)).toMatchObject({
      kind: "start",
      lesson: { id: "a" },
    });
  });

  it("given an unfinished last lesson, when picking, then it continues that lesson", () => {
    expect(pickContinue(lessons, status({ a: "done", b: "in-progress" }), "b")).toMatchObject({
      kind: "continue",
      lesson: { id: "b" },
    });
  });

  it("given the last lesson done, when picking, then it offers the next unfinished one", () => {
    expect(pickContinue(lessons, status({ a: "done" }), "a")).toMatchObject({
      kind: "next",
      lesson: { id: "b" },
    });
    expect(pickContinue(lessons, status({ a: "done", b: "done", c: "done" }), "c")).toMatchObject({
      kind: "review",
    });
  });

  it("given progress in the store, when rendered, then the card links to the lesson to continue", () => {
    const store = mount(<ContinueCardClient lessons={lessons} />);
    expect(screen.getByRole("link", { name: "Start the course" }).getAttribute("href")).toBe(
      "/learn/a",
    );
    act(() => store().getState().openLesson("c"));
    expect(screen.getByRole("heading", { name: "Continue where you left off" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Continue: Lesson C" }).getAttribute("href")).toBe(
      "/learn/c",
    );
  });
});
