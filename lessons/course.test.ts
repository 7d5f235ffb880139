import { describe, expect, it } from "vitest";
import { activityOf, loadCourse, type Lesson } from "@/lib/lessons";
import { MODULES } from "./index";

// The course as a whole: its modules, the mix of kinds, its length, and what each module says.
const course = loadCourse(MODULES);
const lessons = course.lessons.filter((l) => l.task.kind !== "console");
const count = (activity: string) => lessons.filter((l) => activityOf(l) === activity).length;

describe("the course", () => {
  it("given the index, when loaded, then it has the eight modules in order", () => {
    expect(course.modules.map((m) => m.title)).toEqual([
      "Foundations",
      "Users and policies",
      "Groups",
      "Roles",
      "Conditions",
      "Resource-based policies",
      "Guardrails",
      "Least privilege and troubleshooting",
    ]);
  });

  it("given the lessons, when counted, then there are 34 or more besides console lessons", () => {
    expect(lessons.length).toBeGreaterThanOrEqual(34);
  });

  it("given the lessons, when sorted by kind, then at least 6 predict, 2 classify and 8 fix, the rest write", () => {
    expect(count("predict")).toBeGreaterThanOrEqual(6);
    expect(count("classify")).toBeGreaterThanOrEqual(2);
    expect(count("fix")).toBeGreaterThanOrEqual(8);
    expect(count("write")).toBe(
      lessons.length - count("predict") - count("classify") - count("fix"),
    );
  });

  it("given every lesson's estimate, when added up, then the course takes 6 to 10 hours", () => {
    const minutes = course.lessons.reduce((sum, l) => sum + l.estimatedMinutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(6 * 60);
    expect(minutes).toBeLessThanOrEqual(10 * 60);
  });

  it.each(MODULES.map((m) => [m.title, m] as const))(
    "given module %s, when read, then it introduces itself, says what it teaches and has lessons",
    (_title, m) => {
      expect(m.intro.length).toBeGreaterThan(120);
      expect(m.intro).not.toMatch(/TODO/);
      expect(m.learned.length).toBeGreaterThanOrEqual(3);
      expect(m.learned.length).toBeLessThanOrEqual(6);
      expect(m.lessons.length).toBeGreaterThanOrEqual(3);
    },
  );
});

/** How many graded things a lesson has: checks, questions or items. */
function gradedCount(lesson: Lesson): number {
  const t = lesson.task;
  if (t.kind === "predict") return t.questions.length;
  if (t.kind === "classify") return t.items.length;
  return t.checks.length;
}

describe.each(lessons.map((l) => [l.id, l] as const))("course lesson %s", (_id, lesson) => {
  it("given the quality bar, when read, then it has 4+ graded items, 3+ hints, a debrief and a page to read next", () => {
    expect(gradedCount(lesson)).toBeGreaterThanOrEqual(4);
    expect(lesson.hints.length).toBeGreaterThanOrEqual(3);
    expect(lesson.debrief.split(/\s+/).length).toBeGreaterThanOrEqual(60);
    expect(lesson.readNext?.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(lesson.objectives.length).toBeGreaterThanOrEqual(2);
  });

  it("given its names, when read, then it uses the course's company, not placeholders", () => {
    const text = JSON.stringify(lesson);
    expect(text).not.toMatch(/\b(foo|bar|baz|example-bucket|my-bucket)\b/i);
  });
});
