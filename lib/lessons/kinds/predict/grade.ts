import { evaluate, type Decision, type EvaluationInput } from "@/lib/iam";
import {
  indexWorld,
  requestToEvaluationInput,
  type DocumentPreparer,
  type SimWorld,
} from "@/lib/sim";
import type { LessonOf } from "../../schema";
import { checkRequest, decidingWords } from "../../grade/checks";
import type { Answers, CheckResult, GradeDeps, GradeResult, ShownPolicy } from "../../grade/types";
import { describeRequest } from "../../grade/words";
import type { PredictQuestion } from "./schema";

type PredictLesson = LessonOf<"predict">;

/** The engine's answer to one question, with the policies its trace names. */
export interface Truth {
  ok: true;
  decision: Decision;
  policies: ShownPolicy[];
}

/**
 * Scenario documents go to the engine as pretty-printed text, so the trace's source ranges point
 * into exactly the text the player shows read-only.
 */
function textPreparer(): DocumentPreparer {
  const cache = new WeakMap<object, string>();
  return (document) => {
    if (document === null || typeof document !== "object") return document;
    let text = cache.get(document);
    if (text === undefined) {
      text = JSON.stringify(document, null, 2);
      cache.set(document, text);
    }
    return text;
  };
}

const worlds = new WeakMap<PredictLesson, { sim: SimWorld; prepare: DocumentPreparer }>();

function worldOf(lesson: PredictLesson) {
  let hit = worlds.get(lesson);
  if (!hit) {
    hit = { sim: indexWorld(lesson.scenario), prepare: textPreparer() };
    worlds.set(lesson, hit);
  }
  return hit;
}

function labelledPolicies(
  input: EvaluationInput,
): { id: string; label?: string; document: unknown }[] {
  const all = [
    ...(input.identityPolicies ?? []),
    input.resourcePolicy,
    input.permissionsBoundary,
    input.sessionPolicy,
    ...(input.scps ?? []).flat(),
    ...(input.rcps ?? []).flat(),
  ];
  return all.filter(
    (p): p is { id: string; label?: string; document: unknown } =>
      typeof p === "object" && p !== null && "id" in p && "document" in p,
  );
}

/** What AWS decides for a question's request in the lesson's world (the truth), or why it cannot. */
export function decideQuestion(
  lesson: PredictLesson,
  question: PredictQuestion,
  deps: GradeDeps = {},
): Truth | { ok: false; error: string } {
  const { sim, prepare } = worldOf(lesson);
  const gathered = requestToEvaluationInput(sim, checkRequest(question), [], {
    managedPolicies: deps.managedPolicies,
    prepare,
  });
  if (gathered.problems.length > 0) return { ok: false, error: gathered.problems[0] };
  let decision: Decision;
  try {
    decision = evaluate(gathered.input);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const named = new Set(decision.deciding.map((ref) => ref.policy.id));
  const policies = labelledPolicies(gathered.input)
    .filter((p) => named.has(p.id) && typeof p.document === "string")
    .map((p) => ({ id: p.id, label: p.label, text: p.document as string }));
  return { ok: true, decision, policies };
}

const NO_ANSWER = "(no answer)";

/**
 * Grades a predict lesson: each question passes when the learner's choice is what the engine
 * decides. The explanation names the deciding statement, then the author's note.
 */
export function gradePredict(
  lesson: PredictLesson,
  answers: Answers,
  deps: GradeDeps = {},
): GradeResult {
  const checks: CheckResult[] = lesson.task.questions.map((q) => {
    const base = { id: q.id, name: q.description, request: describeRequest(checkRequest(q)) };
    const choice = Object.hasOwn(answers, q.id) ? answers[q.id] : NO_ANSWER;
    const truth = decideQuestion(lesson, q, deps);
    if (!truth.ok)
      return {
        ...base,
        passed: false,
        expected: q.answer,
        actual: choice,
        explanation: `Could not evaluate: ${truth.error}`,
      };
    const actual = truth.decision.decision;
    const passed = choice === actual;
    const words = decidingWords(truth.decision).replace(/\.$/, "");
    const lead = passed
      ? `Right: AWS decides ${actual}, ${words}.`
      : choice === NO_ANSWER
        ? `Not answered yet. AWS decides ${actual}, ${words}.`
        : `Not ${choice}: AWS decides ${actual}, ${words}.`;
    return {
      ...base,
      passed,
      expected: actual,
      actual: choice,
      explanation: q.explanation ? `${lead} ${q.explanation}` : lead,
      decision: truth.decision,
      policies: truth.policies,
    };
  });
  return { passed: checks.every((c) => c.passed), checks, parseErrors: {} };
}
