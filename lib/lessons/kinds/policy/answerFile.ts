import type { Answers } from "../../grade/types";
import type { PolicyLesson } from "../../schema";
import { AnswerFormatError } from "../types";

/**
 * Reads a policy answer file: for a one-slot lesson the document itself (even malformed, so its
 * errors are graded), for several slots an object keyed by slot id.
 */
export function readPolicyAnswer(lesson: PolicyLesson, text: string): Answers {
  const slots = lesson.task.slots;
  const ids = slots.map((s) => s.id).join(", ");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    if (slots.length === 1) return { [slots[0].id]: text };
    throw new AnswerFormatError(`not valid JSON (expected an object keyed by slot id: ${ids})`);
  }
  const keyed =
    parsed !== null &&
    typeof parsed === "object" &&
    !Array.isArray(parsed) &&
    Object.keys(parsed).length > 0 &&
    Object.keys(parsed).every((k) => slots.some((s) => s.id === k));
  if (slots.length === 1 && !keyed) return { [slots[0].id]: text };
  if (!keyed) throw new AnswerFormatError(`expected an object keyed by slot id (${ids})`);
  const answers: Answers = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>))
    answers[k] = typeof v === "string" ? v : JSON.stringify(v, null, 2);
  return answers;
}
