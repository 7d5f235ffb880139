import { duplicates, type LessonIssue } from "../../schema/crossref";
import type { Answers } from "../../grade/types";
import { readChoiceAnswer, sameChoiceEverywhere } from "../choices";
import type { KindModule } from "../types";
import { gradeClassify } from "./grade";

/** The `classify` kind: the learner sorts items into the author's categories. */
export const classifyKind: KindModule<"classify"> = {
  issues: (lesson) => {
    const issues: LessonIssue[] = [];
    const { categories, groups = [], items } = lesson.task;
    duplicates(categories, (c) => c.id, "task.categories", "category id", issues);
    duplicates(groups, (g) => g.id, "task.groups", "group id", issues);
    duplicates(items, (it) => it.id, "task.items", "item id", issues);
    items.forEach((item, i) => {
      if (!categories.some((c) => c.id === item.answer))
        issues.push({
          path: `task.items[${i}].answer`,
          message: `no category "${item.answer}" in task.categories`,
        });
      if (item.group !== undefined && !groups.some((g) => g.id === item.group))
        issues.push({
          path: `task.items[${i}].group`,
          message: `no group "${item.group}" in task.groups`,
        });
      if (item.group === undefined && groups.length > 0)
        issues.push({ path: `task.items[${i}].group`, message: "the task has groups: name one" });
    });
    return issues;
  },
  grade: (lesson, answer) => gradeClassify(lesson, answer as Answers),
  solution: (lesson) => Object.fromEntries(lesson.task.items.map((it) => [it.id, it.answer])),
  starter: () => ({}),
  wrongAnswers: (lesson) => [
    ...sameChoiceEverywhere(listingOf(lesson.task)),
    { name: "no answers", answer: {} },
  ],
  listing: (lesson) => ({ answerSlots: [], questions: listingOf(lesson.task) }),
  readAnswer: (lesson, text) => readChoiceAnswer(listingOf(lesson.task), text),
  solutionIssues: () => [],
};

function listingOf(task: { categories: { id: string }[]; items: { id: string }[] }) {
  const choices = task.categories.map((c) => c.id);
  return task.items.map((it) => ({ id: it.id, choices }));
}
