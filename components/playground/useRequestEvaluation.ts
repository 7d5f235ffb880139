"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { tryEvaluate, type Decision, type PolicyType } from "@/lib/iam";
import { buildEvaluationInput, type FieldError, type PlaygroundRequest } from "./requestInput";

/** What the last evaluation gave: a decision (with the text it was made from) or field problems. */
export type EvaluationResult =
  | { kind: "decision"; decision: Decision; source: string; ms: number }
  | { kind: "errors"; errors: FieldError[] };

const REQUEST_FIELDS = ["principal", "action", "resource", "resourceAccount", "context"] as const;

function issueField(path: string): FieldError["field"] {
  const match = /^request\.(\w+)/.exec(path);
  return REQUEST_FIELDS.find((f) => f === match?.[1]) ?? (match ? "context" : "policy");
}

/** Evaluates once, never throwing: engine issues and surprises become field problems. */
export function evaluateRequest(
  text: string,
  type: PolicyType,
  request: PlaygroundRequest,
): EvaluationResult {
  const start = performance.now();
  try {
    const built = buildEvaluationInput(text, type, request);
    if (!built.ok) return { kind: "errors", errors: built.errors };
    const result = tryEvaluate(built.input);
    if (!result.ok) {
      return {
        kind: "errors",
        errors: result.issues.map((i) => ({ field: issueField(i.path), message: i.message })),
      };
    }
    // read the lazily computed parts now, so a surprise surfaces here and not while rendering
    void result.decision.summary;
    void result.decision.trace;
    return {
      kind: "decision",
      decision: result.decision,
      source: text,
      ms: performance.now() - start,
    };
  } catch (e) {
    return {
      kind: "errors",
      errors: [
        {
          field: "policy",
          message: `The request could not be evaluated: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
}

/**
 * The playground's "Try a request": `run()` evaluates now (the given values, e.g. a freshly
 * loaded example, or the current ones); after the first run, any change to
 * the policy, its type or the request is re-evaluated once typing pauses for `delayMs`.
 */
export function useRequestEvaluation(
  text: string,
  type: PolicyType,
  request: PlaygroundRequest,
  delayMs = 300,
): {
  result: EvaluationResult | null;
  run: (now?: { text: string; type: PolicyType; request: PlaygroundRequest }) => void;
} {
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const armed = useRef(false);

  const run = useCallback(
    (now?: { text: string; type: PolicyType; request: PlaygroundRequest }) => {
      armed.current = true;
      const use = now ?? { text, type, request };
      setResult(evaluateRequest(use.text, use.type, use.request));
    },
    [text, type, request],
  );

  useEffect(() => {
    if (!armed.current) return;
    const timer = setTimeout(() => setResult(evaluateRequest(text, type, request)), delayMs);
    return () => clearTimeout(timer);
  }, [text, type, request, delayMs]);

  return { result, run };
}
