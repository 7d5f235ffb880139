import { describe, expect, it } from "vitest";
import { tinyPredict } from "../../test-fixtures";
import { gradeLesson, solutionAnswer, solutionIssues, wrongAnswers } from "../../grade/grade";
import { validateLesson } from "../../validate";

describe("predict lessons", () => {
  it("given the fixture, when validated, then it is a valid predict lesson", () => {
    const v = validateLesson(tinyPredict());
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it("given the stated answers, when graded, then every prediction matches the engine", () => {
    const lesson = tinyPredict();
    const grade = gradeLesson(lesson, solutionAnswer(lesson));
    expect(grade.checks.map((c) => [c.id, c.passed, c.expected])).toEqual([
      ["bob-reads", true, "Allow"],
      ["bob-secret", true, "ExplicitDeny"],
      ["alice-reads", true, "ImplicitDeny"],
    ]);
    expect(grade.passed).toBe(true);
  });

  it("given a wrong prediction, when graded, then it says what AWS decides, which statement decided, and the author's note", () => {
    const grade = gradeLesson(tinyPredict(), { "bob-secret": "Allow" });
    const row = grade.checks.find((c) => c.id === "bob-secret");
    expect(row).toMatchObject({ passed: false, expected: "ExplicitDeny", actual: "Allow" });
    expect(row?.explanation).toMatch(
      /^Not Allow: AWS decides ExplicitDeny, explicitly denied by Statement\[1\] \(Sid "KeepSecret"\)/,
    );
    expect(row?.explanation).toMatch(/An explicit deny beats any allow\.$/);
    expect(grade.checks.find((c) => c.id === "alice-reads")?.actual).toBe("(no answer)");
  });

  it("given a question, when graded, then the trace's deciding statement points into the policy text shown read-only", () => {
    const row = gradeLesson(tinyPredict(), {}).checks.find((c) => c.id === "bob-secret")!;
    const ref = row.decision!.deciding[0];
    const shown = row.policies!.find((p) => p.id === ref.policy.id)!;
    const range = ref.range!;
    const statement = JSON.parse(shown.text.slice(range.offset, range.offset + range.length));
    expect(statement.Sid).toBe("KeepSecret");
  });

  it("given each typical wrong answer (one choice everywhere, none), when graded, then it fails", () => {
    const lesson = tinyPredict();
    for (const wrong of wrongAnswers(lesson))
      expect([wrong.name, gradeLesson(lesson, wrong.answer).passed]).toEqual([wrong.name, false]);
  });

  it("given a stated answer the engine disagrees with, when the solution is checked, then the question is named", () => {
    const lesson = tinyPredict();
    lesson.task.questions[0].answer = "ImplicitDeny";
    expect(solutionIssues(lesson)).toEqual([
      expect.objectContaining({
        path: "task.questions[0].answer",
        message: expect.stringMatching(/^states ImplicitDeny, but the engine decides Allow/),
      }),
    ]);
  });

  it("given a question about a missing user, when validated, then its principal is flagged", () => {
    const lesson = tinyPredict();
    lesson.task.questions[0].principal = "user/mallory";
    const v = validateLesson(lesson);
    expect(v.ok ? [] : v.errors.map((e) => e.path)).toContain("task.questions[0].principal");
  });
});
