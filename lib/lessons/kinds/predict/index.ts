import { requestIssues, duplicates, type LessonIssue } from "../../schema/crossref";
import type { Answers } from "../../grade/types";
import { readChoiceAnswer, sameChoiceEverywhere } from "../choices";
import type { KindModule } from "../types";
import { decideQuestion, gradePredict } from "./grade";
import { DECISION_CHOICES } from "./schema";

const listing = (questions: readonly { id: string }[]) =>
  questions.map((q) => ({ id: q.id, choices: [...DECISION_CHOICES] }));

/** The `predict` kind: the learner says what AWS decides for each of several requests. */
export const predictKind: KindModule<"predict"> = {
  issues: (lesson, sim) => {
    const issues: LessonIssue[] = [];
    duplicates(lesson.task.questions, (q) => q.id, "task.questions", "question id", issues);
    requestIssues(lesson.task.questions, "task.questions", sim, issues);
    return issues;
  },
  grade: (lesson, answer, deps) => gradePredict(lesson, answer as Answers, deps),
  solution: (lesson) => Object.fromEntries(lesson.task.questions.map((q) => [q.id, q.answer])),
  starter: () => ({}),
  wrongAnswers: (lesson) => [
    ...sameChoiceEverywhere(listing(lesson.task.questions)),
    { name: "no answers", answer: {} },
  ],
  listing: (lesson) => ({ answerSlots: [], questions: listing(lesson.task.questions) }),
  readAnswer: (lesson, text) => readChoiceAnswer(listing(lesson.task.questions), text),
  solutionIssues: (lesson, deps) =>
    lesson.task.questions.flatMap((q, i) => {
      const truth = decideQuestion(lesson, q, deps);
      const path = `task.questions[${i}].answer`;
      if (!truth.ok) return [{ path, message: `the request cannot be decided: ${truth.error}` }];
      if (truth.decision.decision === q.answer) return [];
      return [
        {
          path,
          message: `states ${q.answer}, but the engine decides ${truth.decision.decision}: ${truth.decision.summary}`,
        },
      ];
    }),
};
