import { describe, expect, it } from "vitest";
import { tinyClassify } from "../../test-fixtures";
import { gradeLesson, lessonListing, solutionAnswer, wrongAnswers } from "../../grade/grade";
import { validateLesson } from "../../validate";

describe("classify lessons", () => {
  it("given the fixture, when validated, then it is a valid classify lesson", () => {
    const v = validateLesson(tinyClassify());
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it("given the right categories, when graded, then it passes", () => {
    const lesson = tinyClassify();
    expect(gradeLesson(lesson, solutionAnswer(lesson)).passed).toBe(true);
  });

  it("given an item in the wrong category, when graded, then its row names both and explains", () => {
    const row = gradeLesson(tinyClassify(), { "ec2-guest-os": "aws" }).checks[0];
    expect(row).toMatchObject({ passed: false, expected: "customer", actual: "aws" });
    expect(row.name).toBe("Amazon EC2: Patching the guest operating system");
    expect(row.explanation).toBe(
      "Not AWS: it belongs to Customer. On EC2 you run the operating system.",
    );
  });

  it("given each typical wrong answer (one category for all, none), when graded, then it fails", () => {
    const lesson = tinyClassify();
    const wrong = wrongAnswers(lesson);
    expect(wrong.map((w) => w.name)).toEqual([
      "aws for every question",
      "customer for every question",
      "no answers",
    ]);
    for (const w of wrong) expect(gradeLesson(lesson, w.answer).passed).toBe(false);
  });

  it("given an item naming a missing category or group, when validated, then both are flagged", () => {
    const lesson = tinyClassify();
    lesson.task.items[0].answer = "nobody";
    lesson.task.items[1].group = "rds";
    const v = validateLesson(lesson);
    expect(v.ok ? [] : v.errors.map((e) => e.path)).toEqual([
      "task.items[0].answer",
      "task.items[1].group",
    ]);
  });

  it("given the lesson, when listed, then each item offers the category ids as choices", () => {
    expect(lessonListing(tinyClassify()).questions?.[0]).toEqual({
      id: "ec2-guest-os",
      choices: ["aws", "customer"],
    });
  });
});
