import type { Policy } from "@/lib/iam";
import type { PolicyOverride } from "@/lib/sim";
import type { PolicyLesson as Lesson } from "../../schema";
import { decide } from "../../grade/decide";
import type { PreparedLesson } from "./prepared";
import { buildSpace, orderedRequests } from "./space";
import type { ActionCatalog, Counterexample, LeastPrivilegeResult } from "../../grade/types";
import { describeRequest } from "../../grade/words";

/**
 * Compares the learner's answer with the reference solution over the lesson's request space and
 * returns the smallest request on which they disagree in the failing direction: the learner allows
 * something the reference does not (and, in `exact` mode, also the reverse).
 */
export function checkLeastPrivilege(
  lesson: Lesson,
  prepared: PreparedLesson,
  learner: { overrides: readonly PolicyOverride[]; policies: Map<string, Policy> },
  catalog?: ActionCatalog,
): LeastPrivilegeResult {
  const exact = lesson.task.leastPrivilege?.mode === "exact";
  const slotPolicies = [...learner.policies.values(), ...prepared.referencePolicies.values()];
  const requests = orderedRequests(buildSpace(lesson, slotPolicies, catalog));
  let checked = 0;
  for (const request of requests) {
    checked++;
    const reference = prepared.referenceDecision(request);
    // Exact, but without a trace per request: only the counterexample's decisions are traced.
    const mine = decide(prepared.ctx, request, learner.overrides, false);
    if (!reference.ok || !mine.ok) continue;
    const learnerAllows = mine.decision.decision === "Allow";
    const referenceAllows = reference.decision.decision === "Allow";
    if (learnerAllows === referenceAllows) continue;
    if (!learnerAllows && !exact) continue;
    const direction = learnerAllows ? "learner-allows-more" : "learner-allows-less";
    const words = describeRequest(request);
    const learnerTraced = decide(prepared.ctx, request, learner.overrides, true);
    const referenceTraced = decide(prepared.ctx, request, prepared.referenceOverrides, true);
    const counterexample: Counterexample = {
      request,
      plainWords:
        direction === "learner-allows-more"
          ? `Your answer allows this, but it is not needed: ${words}.`
          : `The task needs this, but your answer does not allow it: ${words}.`,
      learner: learnerTraced.ok ? learnerTraced.decision : mine.decision,
      reference: referenceTraced.ok ? referenceTraced.decision : reference.decision,
      direction,
    };
    return {
      passed: false,
      explanation: counterexample.plainWords,
      requestsChecked: checked,
      counterexample,
    };
  }
  return {
    passed: true,
    explanation: exact
      ? `Your answer allows exactly what the task needs (${checked} requests compared).`
      : `Your answer allows nothing beyond what the task needs (${checked} requests compared).`,
    requestsChecked: checked,
  };
}
