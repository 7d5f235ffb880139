import type { SimWorld } from "@/lib/sim";
import type { LessonIssue } from "../schema/crossref";
import type { LessonOf, TaskKind } from "../schema/lesson";
import type { GradeDeps, GradeOptions, GradeResult, LessonAnswer } from "../grade/types";

/** An answer file that does not fit the lesson (wrong shape, unknown id, a choice not offered). */
export class AnswerFormatError extends Error {}

/** A question of a predict or classify task as `lessons -- list` prints it. */
export interface QuestionListing {
  id: string;
  choices: string[];
}

/**
 * Everything one kind of task knows: adding a kind means one folder under `kinds/` exporting one
 * of these, one entry in `KINDS`, and one entry in the player's map of views.
 */
export interface KindModule<K extends TaskKind> {
  /** What the schema cannot check (references into the scenario, the solution's fit). */
  issues(lesson: LessonOf<K>, sim: SimWorld): LessonIssue[];
  /** Grades an answer. Never throws on a bad answer. */
  grade(
    lesson: LessonOf<K>,
    answer: LessonAnswer,
    deps: GradeDeps,
    options?: GradeOptions,
  ): GradeResult;
  /** The reference solution as an answer. */
  solution(lesson: LessonOf<K>): LessonAnswer;
  /** What a learner starts with (starter texts, no choices, no commands). */
  starter(lesson: LessonOf<K>): LessonAnswer;
  /** Typical wrong answers: the walking test proves each one fails on every lesson. */
  wrongAnswers(lesson: LessonOf<K>): { name: string; answer: LessonAnswer }[];
  /** `answerSlots` and `questions` of `lessons -- list`. */
  listing(lesson: LessonOf<K>): { answerSlots: string[]; questions?: QuestionListing[] };
  /** Reads a command-line answer file; throws {@link AnswerFormatError} naming the problem. */
  readAnswer(lesson: LessonOf<K>, text: string): LessonAnswer;
  /**
   * Authoring problems found by grading the reference solution (with the AWS data loaded), as
   * `lessons -- validate` reports them.
   */
  solutionIssues(lesson: LessonOf<K>, deps: GradeDeps): LessonIssue[];
}
