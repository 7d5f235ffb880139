import type { PolicyType } from "@/lib/iam";
import type { Answers } from "../../grade/types";
import type { KindModule } from "../types";
import { readPolicyAnswer } from "./answerFile";
import { solutionAnswers } from "./answers";
import { policyTaskIssues } from "./crossref";
import { gradePolicy } from "./grade";

const EVERYTHING = { Effect: "Allow", Action: "*", Resource: "*" };
const EVERYONE = { Effect: "Allow", Principal: "*", Action: "*", Resource: "*" };

/** An allow-everything document for each policy type. */
export const ALLOW_EVERYTHING: Record<PolicyType, unknown> = {
  identity: { Version: "2012-10-17", Statement: [EVERYTHING] },
  boundary: { Version: "2012-10-17", Statement: [EVERYTHING] },
  session: { Version: "2012-10-17", Statement: [EVERYTHING] },
  scp: { Version: "2012-10-17", Statement: [EVERYTHING] },
  resource: { Version: "2012-10-17", Statement: [EVERYONE] },
  rcp: { Version: "2012-10-17", Statement: [EVERYONE] },
  trust: {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }],
  },
};

/** The `policy` kind: the learner writes or fixes policy documents. */
export const policyKind: KindModule<"policy"> = {
  issues: policyTaskIssues,
  grade: (lesson, answer, deps, options) => gradePolicy(lesson, answer as Answers, deps, options),
  solution: solutionAnswers,
  starter: (lesson) => Object.fromEntries(lesson.task.slots.map((s) => [s.id, s.starter])),
  wrongAnswers: (lesson) => {
    const each = (make: (type: PolicyType) => string) =>
      Object.fromEntries(lesson.task.slots.map((s) => [s.id, make(s.policyType)]));
    return [
      { name: "allow everything", answer: each((t) => JSON.stringify(ALLOW_EVERYTHING[t])) },
      { name: "an empty answer", answer: each(() => "") },
      {
        name: "an empty policy",
        answer: each(() => JSON.stringify({ Version: "2012-10-17", Statement: [] })),
      },
    ];
  },
  listing: (lesson) => ({ answerSlots: lesson.task.slots.map((s) => s.id) }),
  readAnswer: readPolicyAnswer,
  solutionIssues: (lesson, deps) => {
    const result = gradePolicy(lesson, solutionAnswers(lesson), deps);
    const issues = result.checks.flatMap((c, i) =>
      c.passed
        ? []
        : [
            {
              path: `task.checks[${i}]`,
              message: `the reference solution fails "${c.name}": ${c.explanation}`,
            },
          ],
    );
    if (result.leastPrivilege && !result.leastPrivilege.passed)
      issues.push({ path: "task.leastPrivilege", message: result.leastPrivilege.explanation });
    return issues;
  },
};
