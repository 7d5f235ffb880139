import { duplicates, requestIssues, type LessonIssue } from "../../schema/crossref";
import { resolvePrincipal } from "@/lib/sim";
import { zodIssues } from "../../schema/zodIssues";
import type { KindModule } from "../types";
import { AnswerFormatError } from "../types";
import { gradeConsole } from "./grade";
import { consoleAnswerSchema, type ConsoleAnswer } from "./schema";

/** The `console` kind: the learner acts in the simulated account (console or `aws` terminal). */
export const consoleKind: KindModule<"console"> = {
  issues: (lesson, sim) => {
    const issues: LessonIssue[] = [];
    duplicates(lesson.task.checks, (c) => c.id, "task.checks", "check id", issues);
    requestIssues(lesson.task.checks, "task.checks", sim, issues);
    if (lesson.task.startAs !== undefined) {
      const r = resolvePrincipal(sim, lesson.task.startAs);
      if (!r.ok) issues.push({ path: "task.startAs", message: r.error });
    }
    return issues;
  },
  grade: (lesson, answer, deps, options) =>
    gradeConsole(lesson, answer as ConsoleAnswer, deps, options),
  solution: (lesson) => lesson.task.solution,
  starter: () => ({ commands: [] }),
  wrongAnswers: () => [{ name: "an empty command list", answer: { commands: [] } }],
  listing: () => ({ answerSlots: [] }),
  readAnswer: (_lesson, text) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new AnswerFormatError(`not valid JSON: ${(e as Error).message}`);
    }
    const result = consoleAnswerSchema.safeParse(parsed);
    if (!result.success) {
      const first = zodIssues(result.error)[0];
      throw new AnswerFormatError(
        `expected { "commands": ["aws …"] }: ${first.path}: ${first.message}`,
      );
    }
    return result.data;
  },
  solutionIssues: (lesson, deps) => {
    const result = gradeConsole(lesson, lesson.task.solution, deps);
    const failedCommands = result.commands.flatMap((c, i) =>
      c.exitCode === 0
        ? []
        : [
            {
              path: `task.solution.commands[${i}]`,
              message: `the reference command "${c.command}" failed (exit ${c.exitCode}): ${c.stderr.trim().split("\n").pop()}`,
            },
          ],
    );
    const failedChecks = result.checks.flatMap((c, i) =>
      c.passed
        ? []
        : [
            {
              path: `task.checks[${i}]`,
              message: `the reference solution fails "${c.name}": ${c.explanation}`,
            },
          ],
    );
    return [...failedCommands, ...failedChecks];
  },
};
