import type { Decision, DecisionKind } from "@/lib/iam";
import type { PolicyOverride, SimRequest } from "@/lib/sim";
import type { Check, Expectation } from "../schema";
import { decide, type DecideContext } from "./decide";
import type { CheckResult } from "./types";
import { describeRequest } from "./words";

/** The request a check (or a predict question) makes. */
export function checkRequest(check: Omit<Check, "id" | "description" | "expect">): SimRequest {
  const request: SimRequest = {
    principal: check.principal,
    action: check.action,
    resource: check.resource,
  };
  if (check.context) request.context = check.context;
  if (check.sessionPolicy) request.sessionPolicy = check.sessionPolicy;
  return request;
}

/** Whether a decision meets an expectation (`deny` accepts either kind of denial). */
export function meets(expect: Expectation, actual: DecisionKind): boolean {
  if (expect === "allow") return actual === "Allow";
  if (expect === "deny") return actual !== "Allow";
  return actual === expect;
}

function expectationWords(expect: Expectation): string {
  switch (expect) {
    case "allow":
      return "allowed";
    case "deny":
      return "denied";
    case "ExplicitDeny":
      return "explicitly denied";
    case "ImplicitDeny":
      return "implicitly denied (no policy allows it)";
  }
}

const OUTCOME_WORDS: Record<DecisionKind, string> = {
  Allow: "allowed",
  ExplicitDeny: "explicitly denied",
  ImplicitDeny: "implicitly denied",
};

/** "allowed by Statement[1] (Sid "Read") of inline policy ...", or the outcome and the engine's summary. */
export function decidingWords(decision: Decision): string {
  const ref = decision.deciding[0];
  const outcome = OUTCOME_WORDS[decision.decision];
  if (!ref) return `${outcome}: ${decision.summary}`;
  const sid = ref.sid ? ` (Sid "${ref.sid}")` : "";
  return `${outcome} by ${ref.path}${sid} of ${ref.policy.label ?? ref.policy.id}`;
}

/** Runs one functional check and explains the outcome in one line. */
export function runCheck(
  ctx: DecideContext,
  check: Check,
  overrides: readonly PolicyOverride[],
  traceFor?: (checkId: string, passed: boolean) => boolean,
): CheckResult {
  const request = checkRequest(check);
  const base = {
    id: check.id,
    name: check.description,
    expected: check.expect,
    request: describeRequest(request),
  };
  let result = decide(ctx, request, overrides, traceFor === undefined);
  // A trace is built only where it will be read: decide quickly, then trace if asked to.
  if (result.ok && traceFor?.(check.id, meets(check.expect, result.decision.decision)))
    result = decide(ctx, request, overrides, true);
  if (!result.ok) {
    return {
      ...base,
      passed: false,
      actual: "Error",
      explanation: `Could not evaluate: ${result.error}`,
    };
  }
  const { decision } = result;
  const passed = meets(check.expect, decision.decision);
  const words = decidingWords(decision);
  const explanation = passed
    ? `As expected, ${words}${words.endsWith(".") ? "" : "."}`
    : `Expected it to be ${expectationWords(check.expect)}, but it was ${words}${words.endsWith(".") ? "" : "."}`;
  return { ...base, passed, actual: decision.decision, explanation, decision };
}

/** Every check failed without running, for one reason (an unreadable answer, nothing done). */
export function unrunChecks(checks: readonly Check[], explanation: string): CheckResult[] {
  return checks.map((check) => ({
    id: check.id,
    name: check.description,
    passed: false,
    expected: check.expect,
    actual: "Error",
    explanation,
    request: describeRequest(checkRequest(check)),
  }));
}
