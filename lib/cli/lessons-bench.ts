/**
 * `npx tsx lib/cli/lessons-bench.ts`: grading speed of every built-in lesson (cold and warm),
 * as JSON on stdout. Warm runs cycle through the reference solution, an allow-everything answer
 * and a wildcard answer per slot.
 */
import { COURSE } from "@/lessons";
import { benchGrade, loadCourse, solutionAnswer, wrongAnswers, type Answers } from "@/lib/lessons";
import { loadGradeDeps } from "./lessonsDeps";

const results = loadCourse(COURSE).lessons.map((lesson) => {
  const deps = loadGradeDeps([lesson]);
  if (lesson.task.kind !== "policy")
    return benchGrade(
      lesson,
      [solutionAnswer(lesson), ...wrongAnswers(lesson).map((w) => w.answer)],
      deps,
    );
  const slots = lesson.task.slots;
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
    Object.fromEntries(slots.map((s) => [s.id, wide(action, s.policyType === "resource")]));
  return benchGrade(lesson, [solutionAnswer(lesson), variant("*"), variant("s3:Get*")], deps);
});
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
