import { describe, expect, it } from "vitest";
import { loadGradeDeps } from "@/lib/cli/lessonsDeps";
import { gradeLesson, solutionAnswers, validateLesson, type Lesson } from "@/lib/lessons";
import { COURSE } from "./index";

const ALLOW_EVERYTHING: Record<string, unknown> = {
  identity: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
  boundary: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
  scp: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
  resource: {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
  },
  rcp: {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
  },
  trust: {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }],
  },
};

function answersFor(lesson: Lesson, make: (policyType: string) => string): Record<string, string> {
  return Object.fromEntries(lesson.task.slots.map((s) => [s.id, make(s.policyType)]));
}

describe.each(COURSE.map((entry) => [entry.id, entry] as const))("lesson %s", (id, entry) => {
  const validation = validateLesson(entry.document);
  const lesson = validation.ok ? validation.lesson : undefined;
  const deps = lesson ? loadGradeDeps([lesson]) : {};

  it("given its document, when validated, then it matches the schema and its index id", () => {
    expect(validation.ok ? [] : validation.errors).toEqual([]);
    expect(lesson?.id).toBe(id);
  });

  it("given its content, when read, then it has 3+ hints, checks both ways and a least-privilege space", () => {
    expect(lesson?.hints.length).toBeGreaterThanOrEqual(3);
    expect(lesson?.checks.some((c) => c.expect === "allow")).toBe(true);
    expect(lesson?.checks.some((c) => c.expect !== "allow")).toBe(true);
    expect(lesson?.leastPrivilege).toBeDefined();
  });

  it("given the reference solution, when graded, then every check and least privilege pass", () => {
    const grade = gradeLesson(lesson!, solutionAnswers(lesson!), deps);
    expect(grade.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.explanation}`)).toEqual(
      [],
    );
    expect(grade.leastPrivilege?.passed).toBe(true);
    expect(grade.passed).toBe(true);
  });

  it("given an allow-everything answer, when graded, then it fails", () => {
    const grade = gradeLesson(
      lesson!,
      answersFor(lesson!, (t) => JSON.stringify(ALLOW_EVERYTHING[t])),
      deps,
    );
    expect(grade.passed).toBe(false);
    expect(grade.leastPrivilege?.counterexample?.direction).toBe("learner-allows-more");
  });

  it("given an empty answer or an empty policy, when graded, then it fails", () => {
    expect(
      gradeLesson(
        lesson!,
        answersFor(lesson!, () => ""),
        deps,
      ).passed,
    ).toBe(false);
    const empty = JSON.stringify({ Version: "2012-10-17", Statement: [] });
    expect(
      gradeLesson(
        lesson!,
        answersFor(lesson!, () => empty),
        deps,
      ).passed,
    ).toBe(false);
  });

  it("given the starter text, when graded, then it does not already pass", () => {
    expect(gradeLesson(lesson!, {}, deps).passed).toBe(false);
  });
});
