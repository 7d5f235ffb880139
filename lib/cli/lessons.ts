/**
 * `npm run --silent lessons -- <command>`: list, show, grade, link and validate lessons.
 * JSON on stdout only; one-line errors on stderr; exit 0 ok, 1 failed, 2 bad usage or input.
 * See `../shared/contracts/cli.md`.
 */
import fs from "node:fs";
import { COURSE } from "@/lessons";
import {
  AnswerFormatError,
  gradeLesson,
  lessonListing,
  loadCourse,
  readAnswerFile,
  solutionAnswer,
  solutionIssues,
  validateLesson,
  type Course,
  type GradeResult,
  type Lesson,
  type LessonAnswer,
} from "@/lib/lessons";
import { challengeUrl } from "@/lib/share";
import { loadGradeDeps } from "./lessonsDeps";

class UsageError extends Error {}

const USAGE =
  "usage: lessons list | show ID | grade ID FILE | grade ID --solution | link FILE | validate FILE";

function readInput(file: string): string {
  try {
    return fs.readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new UsageError(
      `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

let course: Course | undefined;
/** The built-in course, through the one loader the app uses too. */
function builtIn(): Course {
  course ??= loadCourse(COURSE);
  return course;
}

function findLesson(id: string | undefined): Lesson {
  if (id === undefined) throw new UsageError(USAGE);
  const lesson = builtIn().lesson(id);
  if (!lesson) throw new UsageError(`unknown lesson id "${id}" (see \`lessons list\`)`);
  return lesson;
}

/** Reads a learner's answer file in the shape the lesson's kind takes (see the contract). */
function readAnswers(lesson: Lesson, file: string): LessonAnswer {
  try {
    return readAnswerFile(lesson, readInput(file));
  } catch (e) {
    if (e instanceof AnswerFormatError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}

/** The contract's grade output; the least-privilege comparison appears as one more check. */
function gradeOutput(result: GradeResult) {
  const checks: {
    name: string;
    passed: boolean;
    expected: string;
    actual: string;
    explanation: string;
  }[] = result.checks.map((c) => ({
    name: c.name,
    passed: c.passed,
    expected: c.expected,
    actual: c.actual,
    explanation: c.explanation,
  }));
  const lp = result.leastPrivilege;
  if (lp) {
    checks.push({
      name: "Least privilege: allows nothing beyond what the task needs",
      passed: lp.passed,
      expected: "nothing beyond the reference solution",
      actual: lp.counterexample
        ? lp.counterexample.direction
        : lp.passed
          ? "nothing extra"
          : "Error",
      explanation: lp.explanation,
    });
  }
  return { passed: result.passed, checks };
}

function validateCommand(file: string): { out: unknown; code: number; reason?: string } {
  const text = readInput(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Unreadable input: exit 2 with a one-line reason, still printing the JSON verdict.
    const message = `is not valid JSON: ${(e as Error).message}`;
    return {
      out: { valid: false, errors: [{ path: "(document)", message }] },
      code: 2,
      reason: `${file}: ${message}`,
    };
  }
  const v = validateLesson(data);
  if (!v.ok) {
    const first = v.errors[0];
    return {
      out: { valid: false, errors: v.errors },
      code: 1,
      reason: `${file}: invalid lesson at ${first.path}: ${first.message}`,
    };
  }
  const errors = solutionIssues(v.lesson, loadGradeDeps([v.lesson]));
  return { out: { valid: errors.length === 0, errors }, code: errors.length === 0 ? 0 : 1 };
}

function run(args: string[]): { out: unknown; code: number; reason?: string } {
  const [command, ...rest] = args;
  switch (command) {
    case "list":
      return {
        out: builtIn().lessons.map(lessonListing),
        code: 0,
      };
    case "show":
      return { out: findLesson(rest[0]), code: 0 };
    case "grade": {
      const lesson = findLesson(rest[0]);
      if (rest[1] === undefined) throw new UsageError(USAGE);
      const answers =
        rest[1] === "--solution" ? solutionAnswer(lesson) : readAnswers(lesson, rest[1]);
      return { out: gradeOutput(gradeLesson(lesson, answers, loadGradeDeps([lesson]))), code: 0 };
    }
    case "link": {
      if (rest[0] === undefined) throw new UsageError(USAGE);
      const v = validateLesson(readInput(rest[0]));
      if (!v.ok)
        throw new UsageError(
          `${rest[0]}: invalid lesson at ${v.errors[0].path}: ${v.errors[0].message}`,
        );
      try {
        return { out: { url: challengeUrl(v.lesson) }, code: 0 };
      } catch (e) {
        throw new UsageError(`${rest[0]}: ${(e as Error).message}`);
      }
    }
    case "validate": {
      if (rest[0] === undefined) throw new UsageError(USAGE);
      return validateCommand(rest[0]);
    }
    default:
      throw new UsageError(USAGE);
  }
}

function main(): void {
  try {
    const { out, code, reason } = run(process.argv.slice(2));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    if (reason) process.stderr.write(`lessons: ${reason}\n`);
    process.exitCode = code;
  } catch (e) {
    process.stderr.write(`lessons: ${(e as Error).message}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}

main();
