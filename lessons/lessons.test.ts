import { describe, expect, it } from "vitest";
import { loadGradeDeps } from "@/lib/cli/lessonsDeps";
import {
  gradeLesson,
  solutionAnswer,
  solutionIssues,
  starterAnswer,
  validateLesson,
  wrongAnswers,
} from "@/lib/lessons";
import { COURSE } from "./index";

// Every lesson is a test: it validates, its reference solution passes, and the typical wrong
// answers of its kind (allow everything, an empty answer, one choice everywhere, no commands) fail.
describe.each(COURSE.map((entry) => [entry.id, entry] as const))("lesson %s", (id, entry) => {
  const validation = validateLesson(entry.document);
  const lesson = validation.ok ? validation.lesson : undefined;
  const deps = lesson ? loadGradeDeps([lesson]) : {};

  it("given its document, when validated, then it matches the schema and its index id", () => {
    expect(validation.ok ? [] : validation.errors).toEqual([]);
    expect(lesson?.id).toBe(id);
  });

  it("given its content, when read, then it has 3+ hints and a debrief", () => {
    expect(lesson?.hints.length).toBeGreaterThanOrEqual(3);
    expect(lesson?.debrief.length).toBeGreaterThan(40);
  });

  it("given a policy task, when read, then it checks both ways and has a least-privilege space", () => {
    if (lesson?.task.kind !== "policy") return;
    expect(lesson.task.checks.some((c) => c.expect === "allow")).toBe(true);
    expect(lesson.task.checks.some((c) => c.expect !== "allow")).toBe(true);
    expect(lesson.task.leastPrivilege).toBeDefined();
  });

  it("given the reference solution, when graded, then everything passes (and the engine agrees with stated answers)", () => {
    expect(solutionIssues(lesson!, deps)).toEqual([]);
    const grade = gradeLesson(lesson!, solutionAnswer(lesson!), deps);
    expect(grade.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.explanation}`)).toEqual(
      [],
    );
    expect(grade.passed).toBe(true);
  });

  it("given each typical wrong answer of its kind, when graded, then it fails", () => {
    const wrong = wrongAnswers(lesson!);
    expect(wrong.length).toBeGreaterThan(0);
    for (const w of wrong) {
      const grade = gradeLesson(lesson!, w.answer, deps);
      expect({ answer: w.name, passed: grade.passed }).toEqual({ answer: w.name, passed: false });
      if (w.name === "allow everything")
        expect(grade.leastPrivilege?.counterexample?.direction).toBe("learner-allows-more");
    }
  });

  it("given what the learner starts with, when graded, then it does not already pass", () => {
    expect(gradeLesson(lesson!, starterAnswer(lesson!), deps).passed).toBe(false);
    expect(gradeLesson(lesson!, {}, deps).passed).toBe(false);
  });
});
