import {
  createSession,
  defaultCaller,
  fromWorld,
  runCommand,
  toWorld,
  type AccountEnv,
} from "@/lib/account";
import { cachingPreparer, indexWorld } from "@/lib/sim";
import type { LessonOf } from "../../schema";
import { runCheck, unrunChecks } from "../../grade/checks";
import type { GradeDeps, GradeOptions, GradeResult, ManagedPolicies } from "../../grade/types";
import type { ConsoleAnswer } from "./schema";

type ConsoleLesson = LessonOf<"console">;

/** One command of a console answer as the simulated CLI ran it. */
export interface CommandResult {
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The simulated account's view of the AWS managed policies the grader was given. */
function accountEnv(managed: ManagedPolicies | undefined): AccountEnv {
  if (!managed) return {};
  return {
    awsManaged: (name) => {
      const document = managed.get(name);
      return document === undefined ? undefined : { name, document };
    },
  };
}

/**
 * Runs a console answer's commands in order against the lesson's account, as the lesson's starting
 * identity (default: the account's root user); each command may switch identity as the real CLI
 * does. Returns what each printed and the account afterwards.
 */
export function runConsoleAnswer(
  lesson: ConsoleLesson,
  commands: readonly string[],
  deps: GradeDeps = {},
) {
  const state = fromWorld(lesson.scenario);
  let session = createSession(
    state,
    defaultCaller(state, lesson.task.startAs),
    accountEnv(deps.managedPolicies),
  );
  const results: CommandResult[] = [];
  for (const command of commands) {
    const run = runCommand(session, command);
    session = run.session;
    results.push({ command, exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr });
  }
  return { results, world: toWorld(session.state) };
}

/**
 * Grades a console lesson: the commands run against the simulated account, then every check is a
 * request decided by the engine against the changed account. An empty (or malformed) answer did
 * nothing and fails every check without running it.
 */
export function gradeConsole(
  lesson: ConsoleLesson,
  answer: ConsoleAnswer,
  deps: GradeDeps = {},
  options: GradeOptions = {},
): GradeResult & { commands: CommandResult[] } {
  const commands = Array.isArray(answer?.commands) ? answer.commands : [];
  if (commands.length === 0)
    return {
      passed: false,
      checks: unrunChecks(lesson.task.checks, "No commands were run."),
      parseErrors: {},
      commands: [],
    };
  const { results, world } = runConsoleAnswer(lesson, commands, deps);
  const ctx = {
    sim: indexWorld(world),
    prepare: cachingPreparer(),
    managedPolicies: deps.managedPolicies,
  };
  const checks = lesson.task.checks.map((c) => runCheck(ctx, c, [], options.traceFor));
  return { passed: checks.every((c) => c.passed), checks, parseErrors: {}, commands: results };
}

/** What the player says of a console lesson until the browser has the console and terminal. */
export const CONSOLE_UNAVAILABLE =
  "The simulated console and terminal are not in this version of the app yet. This lesson can be graded from the command line: npm run --silent lessons -- grade with a list of aws commands.";
