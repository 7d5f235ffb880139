/**
 * `npx tsx lib/cli/lessons-bench.ts`: grading speed of every built-in lesson (cold and warm),
 * as JSON on stdout. Warm runs cycle through the reference solution, an allow-everything answer
 * and a wildcard answer per slot.
 */
import { COURSE } from "@/lessons";
import { solutionAnswers, validateLesson, type Answers } from "@/lib/lessons";
import { benchGrade } from "@/lib/lessons/grade/bench";
import { loadGradeDeps } from "./lessonsDeps";

const results = COURSE.map((entry) => {
  const v = validateLesson(entry.document);
  if (!v.ok) throw new Error(`${entry.id}: ${v.errors[0].path}: ${v.errors[0].message}`);
  const lesson = v.lesson;
  const wide = (action: string, principal: boolean): string =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          ...(principal ? { Principal: "*" } : {}),
          Action: action,
          Resource: "*",
        },
      ],
    });
  const variant = (action: string): Answers =>
    Object.fromEntries(
      lesson.task.slots.map((s) => [s.id, wide(action, s.policyType === "resource")]),
    );
  return benchGrade(
    lesson,
    [solutionAnswers(lesson), variant("*"), variant("s3:Get*")],
    loadGradeDeps([lesson]),
  );
});
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
