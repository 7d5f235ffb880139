import { describe, expect, it } from "vitest";
import { tinyLesson } from "../../test-fixtures";
import type { LessonOf } from "../../schema";
import {
  gradeLesson,
  lessonListing,
  readAnswerFile,
  solutionIssues,
  wrongAnswers,
} from "../../grade/grade";
import { runConsoleAnswer } from "./grade";
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

describe("console lessons in the simulated account", () => {
  const READ = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" }],
  });
  const putPolicy = `aws iam put-user-policy --user-name alice --policy-name Read --policy-document '${READ}'`;

  it("given commands that give alice the right policy, when graded as the root user, then they run and every check passes against the changed account", () => {
    const lesson = consoleLesson();
    lesson.task.solution = { commands: [putPolicy] };
    const grade = gradeLesson(lesson, { commands: [putPolicy] });
    expect(grade.checks.map((c) => [c.id, c.passed])).toEqual([
      ["reads", true],
      ["no-delete", true],
    ]);
    expect(grade.passed).toBe(true);
    expect(solutionIssues(lesson, {})).toEqual([]);
  });

  it("given a command that does not change what matters, when graded, then the check that needs the change fails", () => {
    const grade = gradeLesson(consoleLesson(), {
      commands: ["aws iam create-group --group-name Readers"],
    });
    expect(grade.checks.find((c) => c.id === "reads")?.passed).toBe(false);
    expect(grade.passed).toBe(false);
  });

  it("given a learner who starts as bob without IAM permissions, when the same command runs, then AWS refuses it and nothing changes", () => {
    const lesson = { ...consoleLesson() };
    lesson.task = { ...lesson.task, startAs: "user/bob", solution: { commands: [putPolicy] } };
    const run = runConsoleAnswer(lesson, [putPolicy]);
    expect(run.results[0].exitCode).toBe(254);
    expect(run.results[0].stderr).toContain(
      "An error occurred (AccessDenied) when calling the PutUserPolicy operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:PutUserPolicy on resource: arn:aws:iam::111122223333:user/alice because no identity-based policy allows the iam:PutUserPolicy action",
    );
    expect(gradeLesson(lesson, { commands: [putPolicy] }).passed).toBe(false);
    // The reference solution of such a lesson is refused, and validation says which command failed.
    expect(solutionIssues(lesson, {})[0]).toMatchObject({ path: "task.solution.commands[0]" });
  });
});
