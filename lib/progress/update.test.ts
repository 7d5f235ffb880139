import { describe, expect, it } from "vitest";
import { emptyProgress, lessonStatus } from "./model";
import {
  completeLesson,
  markSolutionViewed,
  openLesson,
  recordAttempt,
  revealHint,
  saveDraft,
} from "./update";

describe("progress updates", () => {
  it("given a new lesson, when opened, then it is started and becomes the lesson to continue", () => {
    const p = openLesson(emptyProgress(0), "l1", 100);
    expect(p.lessons.l1).toEqual({ drafts: {}, attempts: 0, hintsUsed: 0, startedAt: 100 });
    expect(p.lastLessonId).toBe("l1");
    expect(lessonStatus(p, "l1")).toBe("in-progress");
    expect(lessonStatus(p, "l2")).toBe("not-started");
  });

  it("given an open lesson, when a draft is saved, then it is stamped with its time", () => {
    const p = saveDraft(openLesson(emptyProgress(0), "l1", 1), "l1", "policy", "{}", 7);
    expect(p.lessons.l1.drafts.policy).toEqual({ kind: "policy", text: "{}", updatedAt: 7 });
    expect(p.updatedAt).toBe(7);
  });

  it("given the same text again, when saved, then the document is unchanged (same object)", () => {
    const p = saveDraft(emptyProgress(0), "l1", "policy", "{}", 7);
    expect(saveDraft(p, "l1", "policy", "{}", 9)).toBe(p);
  });

  it("given attempts and hints, when recorded, then hints stop at the number available", () => {
    let p = recordAttempt(emptyProgress(0), "l1", 1);
    p = recordAttempt(p, "l1", 2);
    p = revealHint(p, "l1", 1, 3);
    p = revealHint(p, "l1", 1, 4);
    expect(p.lessons.l1.attempts).toBe(2);
    expect(p.lessons.l1.hintsUsed).toBe(1);
  });

  it("given a completed lesson, when completed again, then the first completion time is kept", () => {
    const p = completeLesson(emptyProgress(0), "l1", 10);
    expect(completeLesson(p, "l1", 20).lessons.l1.completedAt).toBe(10);
    expect(lessonStatus(p, "l1")).toBe("done");
  });

  it("given a lesson, when the solution is viewed, then it is recorded", () => {
    expect(markSolutionViewed(emptyProgress(0), "l1", 5).lessons.l1.solutionViewed).toBe(true);
  });
});
