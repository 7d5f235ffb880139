import { act, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithStore } from "@/components/store/testing";
import { CourseMap } from "./CourseMap";
import { ContinueCardClient } from "./ContinueCardClient";
import { courseModules, courseSummaries, type LessonSummary, type ModuleView } from "./courseData";

const lesson = (id: string, module: string, minutes: number): LessonSummary => ({
  id,
  title: `Lesson ${id.toUpperCase()}`,
  module,
  kind: "policy",
  activity: id === "b" ? "fix" : "write",
  summary: `${id.toUpperCase()}.`,
  estimatedMinutes: minutes,
  difficulty: "beginner",
});

const lessons: LessonSummary[] = [
  lesson("a", "M1", 5),
  lesson("b", "M1", 10),
  lesson("c", "M2", 15),
];

const modules: ModuleView[] = [
  {
    id: "m1",
    title: "M1",
    intro: "The first module.",
    learned: ["You can A."],
    lessons: lessons.slice(0, 2),
  },
  {
    id: "m2",
    title: "M2",
    intro: "The second module.",
    learned: ["You can C."],
    lessons: lessons.slice(2),
  },
];

const mount = renderWithStore;

describe("CourseMap", () => {
  it("given progress, when rendered, then modules, times and statuses are shown in words", () => {
    const store = mount(<CourseMap modules={modules} />);
    act(() => {
      store().getState().completeLesson("a");
      store().getState().openLesson("b");
    });
    expect(screen.getByRole("heading", { name: "M1" })).toBeTruthy();
    expect(screen.getByText("The second module.")).toBeTruthy();
    expect(within(screen.getByTestId("lesson-a")).getByText("Done")).toBeTruthy();
    expect(within(screen.getByTestId("lesson-b")).getByText("In progress")).toBeTruthy();
    expect(within(screen.getByTestId("lesson-b")).getByText("Fix a policy")).toBeTruthy();
    expect(within(screen.getByTestId("lesson-c")).getByText("Not started")).toBeTruthy();
    expect(screen.getByTestId("course-progress").textContent).toBe(
      "3 lessons in 2 modules, about 30 min in all. 1 of 3 done, about 25 min left.",
    );
    expect(screen.getByTestId("module-standing-m1").textContent).toBe(
      "2 lessons, about 15 min. 1 of 2 done, about 10 min left.",
    );
    expect(screen.getByRole("link", { name: "Lesson C" }).getAttribute("href")).toBe("/learn/c");
  });

  it("given a lesson left open, when rendered, then the map suggests continuing it, and any lesson can be started", () => {
    const store = mount(<CourseMap modules={modules} />);
    expect(screen.getByRole("heading", { name: "Start here" })).toBeTruthy();
    expect(within(screen.getByTestId("lesson-a")).getByText("Up next")).toBeTruthy();
    act(() => {
      store().getState().completeLesson("a");
      store().getState().openLesson("c");
    });
    const next = screen.getByTestId("course-next");
    expect(within(next).getByRole("link").getAttribute("href")).toBe("/learn/c");
    expect(within(next).getByRole("link").textContent).toBe("Continue: Lesson C");
    expect(within(screen.getByTestId("lesson-c")).getByText("Up next")).toBeTruthy();
    expect(within(screen.getByTestId("lesson-a")).queryByText("Up next")).toBeNull();
    // The module nav counts lessons done per module.
    const nav = screen.getByRole("navigation", { name: "Modules" });
    expect(nav.textContent).toContain("1. M11 of 2");
  });

  it("given a finished module and then a finished course, when rendered, then each says so and the course offers a text to share", () => {
    const store = mount(<CourseMap modules={modules} />);
    act(() => {
      store().getState().completeLesson("a");
      store().getState().completeLesson("b");
    });
    expect(screen.getByTestId("module-standing-m1").textContent).toMatch(/Module complete\.$/);
    expect(screen.queryByTestId("share-box")).toBeNull();
    act(() => store().getState().completeLesson("c"));
    expect(screen.getByRole("heading", { name: "You finished the course" })).toBeTruthy();
    expect(screen.getByTestId("course-progress").textContent).toMatch(/3 of 3 done\.$/);
    expect(
      (screen.getByRole("textbox", { name: "Share it" }) as HTMLTextAreaElement).value,
    ).toContain("3 lessons in 2 modules");
  });

  it("given the built-in course, when summarised, then every lesson validates in order, module by module", () => {
    const all = courseSummaries();
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
    expect(courseModules().flatMap((m) => m.lessons.map((l) => l.id))).toEqual(
      all.map((l) => l.id),
    );
  });
});

describe("ContinueCard", () => {
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
