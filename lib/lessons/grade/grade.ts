import { KINDS, type KindModule, type QuestionListing } from "../kinds";
import type { Lesson, TaskKind } from "../schema";
import type { LessonIssue } from "../schema/crossref";
import type { GradeDeps, GradeOptions, GradeResult, LessonAnswer } from "./types";

/** The module of a lesson's kind, loosely typed for callers that handle any kind. */
export function kindModule(lesson: Lesson): KindModule<TaskKind> {
  return KINDS[lesson.task.kind] as unknown as KindModule<TaskKind>;
}

/**
 * Grades a learner's answer to a lesson of any kind: for a policy task, slot id -> document text
 * (a missing slot counts as its starter); for predict and classify, question id -> choice; for a
 * console task, `{ commands }`. Never throws on a bad answer.
 */
export function gradeLesson(
  lesson: Lesson,
  answer: LessonAnswer,
  deps: GradeDeps = {},
  options: GradeOptions = {},
): GradeResult {
  return kindModule(lesson).grade(lesson, answer, deps, options);
}

/** The lesson's reference solution as an answer of its kind. */
export function solutionAnswer(lesson: Lesson): LessonAnswer {
  return kindModule(lesson).solution(lesson);
}

/** What a learner starts with: starter texts, no choices, no commands. */
export function starterAnswer(lesson: Lesson): LessonAnswer {
  return kindModule(lesson).starter(lesson);
}

/** Typical wrong answers for the lesson's kind; every lesson must fail each of them. */
export function wrongAnswers(lesson: Lesson): { name: string; answer: LessonAnswer }[] {
  return kindModule(lesson).wrongAnswers(lesson);
}

/** The lesson as `lessons -- list` prints it. */
export function lessonListing(lesson: Lesson): {
  id: string;
  title: string;
  module: string;
  kind: TaskKind;
  answerSlots: string[];
  questions?: QuestionListing[];
} {
  const { answerSlots, questions } = kindModule(lesson).listing(lesson);
  const out = {
    id: lesson.id,
    title: lesson.title,
    module: lesson.module,
    kind: lesson.task.kind,
    answerSlots,
  };
  return questions ? { ...out, questions } : out;
}

/** Reads an answer file's text for this lesson; throws `AnswerFormatError` naming the problem. */
export function readAnswerFile(lesson: Lesson, text: string): LessonAnswer {
  return kindModule(lesson).readAnswer(lesson, text);
}

/**
 * What grading the reference solution reveals about a lesson (a check it fails, a predict answer
 * the engine disagrees with), given the AWS data the lesson needs.
 */
export function solutionIssues(lesson: Lesson, deps: GradeDeps = {}): LessonIssue[] {
  return kindModule(lesson).solutionIssues(lesson, deps);
}
