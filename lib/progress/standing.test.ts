import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "./model";
import { completeLesson, openLesson } from "./update";
import { courseStanding, formatMinutes, shareText, suggestNext } from "./standing";

const MODULES = [
  {
    id: "foundations",
    title: "Foundations",
    lessons: [
      { id: "a", estimatedMinutes: 10 },
      { id: "b", estimatedMinutes: 15 },
    ],
  },
  { id: "roles", title: "Roles", lessons: [{ id: "c", estimatedMinutes: 20 }] },
];
const LESSONS = MODULES.flatMap((m) => m.lessons);

function progressWith(done: string[], opened: string[] = []): Progress {
  let p = emptyProgress(0);
  for (const id of done) p = completeLesson(openLesson(p, id, 1), id, 2);
  for (const id of opened) p = openLesson(p, id, 3);
  return p;
}

describe("courseStanding", () => {
  it("given nothing done, when measured, then every lesson's time is left", () => {
    const s = courseStanding(MODULES, emptyProgress(0));
    expect(s).toMatchObject({ done: 0, total: 3, minutes: 45, minutesLeft: 45, complete: false });
    expect(s.modules.map((m) => [m.id, m.done, m.total, m.minutesLeft, m.complete])).toEqual([
      ["foundations", 0, 2, 25, false],
      ["roles", 0, 1, 20, false],
    ]);
  });

  it("given a module's lessons all done, when measured, then that module alone is complete", () => {
    const s = courseStanding(MODULES, progressWith(["a", "b"], ["c"]));
    expect(s.modules.map((m) => m.complete)).toEqual([true, false]);
    expect(s).toMatchObject({ done: 2, minutesLeft: 20, complete: false });
  });

  it("given every lesson done, when measured, then the course is complete with no time left", () => {
    expect(courseStanding(MODULES, progressWith(["a", "b", "c"]))).toMatchObject({
      complete: true,
      minutesLeft: 0,
    });
  });
});

describe("suggestNext", () => {
  it("given a new learner, when asked, then the first lesson is suggested as a start", () => {
    expect(suggestNext(LESSONS, emptyProgress(0))).toEqual({ lesson: LESSONS[0], kind: "start" });
  });

  it("given the last lesson opened is unfinished, when asked, then it is continued", () => {
    expect(suggestNext(LESSONS, progressWith(["a"], ["c"]))?.lesson.id).toBe("c");
  });

  it("given the last lesson opened is done, when asked, then the first unfinished one is next", () => {
    expect(suggestNext(LESSONS, progressWith(["a"]))).toEqual({ lesson: LESSONS[1], kind: "next" });
  });

  it("given everything done, when asked, then the course is offered for review", () => {
    expect(suggestNext(LESSONS, progressWith(["a", "b", "c"]))?.kind).toBe("review");
    expect(suggestNext([], emptyProgress(0))).toBeNull();
  });
});

describe("formatMinutes and shareText", () => {
  it("given minutes, when formatted, then hours appear from 60 on", () => {
    expect([45, 60, 450, 0].map(formatMinutes)).toEqual(["45 min", "1 h", "7 h 30 min", "0 min"]);
  });

  it("given a finished module or course, when shared, then the text names it and stays short", () => {
    const mod = shareText({ module: "Roles", lessons: 5 });
    expect(mod).toContain('"Roles" module');
    const course = shareText({ course: true, lessons: 36, modules: 8 });
    expect(course).toContain("36 lessons in 8 modules");
    for (const t of [mod, course]) expect(t.length).toBeLessThan(280);
  });
});
