import { describe, expect, it } from "vitest";
import { tinyLesson } from "../../test-fixtures";
import type { LessonOf } from "../../schema";
import { gradeLesson, lessonListing, readAnswerFile, wrongAnswers } from "../../grade/grade";
import { validateLesson } from "../../validate";
import { AnswerFormatError } from "../types";

function consoleLesson(): LessonOf<"console"> {
  const { task, ...rest } = tinyLesson();
  return {
    ...rest,
    task: {
      kind: "console",
      checks: task.checks,
      solution: { commands: ["aws iam put-user-policy --user-name alice --policy-name Read"] },
    },
  };
}

describe("console lessons (the format, before the simulated account)", () => {
  it("given a console task, when validated, then the schema accepts it", () => {
    const v = validateLesson(consoleLesson());
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it("given an empty or a malformed command list, when graded, then every check fails saying nothing was run", () => {
    const lesson = consoleLesson();
    for (const answer of [{ commands: [] }, {} as never]) {
      const grade = gradeLesson(lesson, answer);
      expect(grade.passed).toBe(false);
      expect(grade.checks.every((c) => c.explanation === "No commands were run.")).toBe(true);
    }
    expect(wrongAnswers(lesson).map((w) => w.name)).toEqual(["an empty command list"]);
    expect(lessonListing(lesson)).toMatchObject({ kind: "console", answerSlots: [] });
  });

  it("given an answer file, when read, then { commands } is required", () => {
    const lesson = consoleLesson();
    expect(readAnswerFile(lesson, '{"commands":["aws sts get-caller-identity"]}')).toEqual({
      commands: ["aws sts get-caller-identity"],
    });
    expect(() => readAnswerFile(lesson, '{"cmds":[]}')).toThrow(AnswerFormatError);
    expect(() => readAnswerFile(lesson, "not json")).toThrow(/not valid JSON/);
  });
});
