import type { Answers } from "../grade/types";
import { AnswerFormatError, type QuestionListing } from "./types";

/**
 * Reads an answer file of a choice task (predict, classify): a JSON object keyed by question id,
 * each value one of that question's choices. Questions left out count as not answered.
 */
export function readChoiceAnswer(questions: readonly QuestionListing[], text: string): Answers {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new AnswerFormatError(`not valid JSON: ${(e as Error).message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    throw new AnswerFormatError(
      `expected an object keyed by question id (${questions.map((q) => q.id).join(", ")})`,
    );
  const answers: Answers = {};
  for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
    const question = questions.find((q) => q.id === id);
    if (!question)
      throw new AnswerFormatError(
        `${JSON.stringify(id)}: no such question (expected one of ${questions.map((q) => q.id).join(", ")})`,
      );
    if (typeof value !== "string" || !question.choices.includes(value))
      throw new AnswerFormatError(
        `${JSON.stringify(id)}: expected one of ${question.choices.join(", ")}, found ${JSON.stringify(value)}`,
      );
    answers[id] = value;
  }
  return answers;
}

/** One wrong answer per choice: that same choice for every question. */
export function sameChoiceEverywhere(
  questions: readonly QuestionListing[],
): { name: string; answer: Answers }[] {
  const choices = [...new Set(questions.flatMap((q) => q.choices))];
  return choices.map((choice) => ({
    name: `${choice} for every question`,
    answer: Object.fromEntries(
      questions.filter((q) => q.choices.includes(choice)).map((q) => [q.id, choice]),
    ),
  }));
}
