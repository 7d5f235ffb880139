import { parsePolicy, type Diagnostic, type Policy } from "@/lib/iam";
import { describeTarget, type PolicyOverride } from "@/lib/sim";
import type { PolicyLesson as Lesson } from "../../schema";
import type { Answers } from "../../grade/types";

/** The policy id a slot's document carries in engine traces: `slot:<slotId>`. */
export function slotPolicyId(slotId: string): string {
  return `slot:${slotId}`;
}

/** Parsed answers: overrides ready for the sim, or diagnostics per slot that does not parse. */
export interface ParsedAnswers {
  overrides: PolicyOverride[];
  /** Parsed policy per slot id (only slots that parse). */
  policies: Map<string, Policy>;
  parseErrors: Record<string, Diagnostic[]>;
}

/**
 * Parses each slot's answer text (a missing answer counts as the slot's starter text) with the
 * slot's policy type, and turns the parsed policies into sim overrides with `slot:` ids.
 */
export function parseAnswers(lesson: Lesson, answers: Answers): ParsedAnswers {
  const overrides: PolicyOverride[] = [];
  const policies = new Map<string, Policy>();
  const parseErrors: Record<string, Diagnostic[]> = {};
  for (const slot of lesson.task.slots) {
    const text = Object.hasOwn(answers, slot.id) ? answers[slot.id] : slot.starter;
    const parsed = parsePolicy(typeof text === "string" ? text : JSON.stringify(text), {
      type: slot.policyType,
    });
    if (!parsed.policy) {
      parseErrors[slot.id] = parsed.errors.length > 0 ? parsed.errors : [emptyDiagnostic()];
      continue;
    }
    policies.set(slot.id, parsed.policy);
    // Resource policies are labelled by the sim, which knows the resource's kind ("bucket policy of reports").
    const label = slot.target.kind === "resource-policy" ? undefined : describeTarget(slot.target);
    overrides.push({
      id: slotPolicyId(slot.id),
      label,
      target: slot.target,
      document: parsed.policy,
    });
  }
  return { overrides, policies, parseErrors };
}

function emptyDiagnostic(): Diagnostic {
  return {
    code: "invalid-document",
    message: "The document could not be read",
    path: "",
    line: 1,
    column: 1,
    offset: 0,
    length: 0,
  };
}

/** A lesson's reference solution as answers (pretty-printed JSON per slot). */
export function solutionAnswers(lesson: Lesson): Answers {
  const answers: Answers = {};
  for (const [slotId, document] of Object.entries(lesson.task.solution))
    answers[slotId] = JSON.stringify(document, null, 2);
  return answers;
}
