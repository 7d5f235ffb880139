/// <reference lib="webworker" />
/**
 * Grading worker: the same grader the command line uses, off the page's main thread. It holds one
 * lesson and its AWS data (sent by the page, which loads the catalog once) and grades answers.
 */
import { catalogFromSnapshot, gradeLesson, type GradeDeps, type Lesson } from "@/lib/lessons";
import type { GradeWorkerRequest, GradeWorkerResponse } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let state: { lesson: Lesson; deps: GradeDeps } | null = null;

scope.onmessage = (event: MessageEvent<GradeWorkerRequest>) => {
  const msg = event.data;
  if (msg.type === "init") {
    state = {
      lesson: msg.lesson,
      deps: {
        managedPolicies: new Map(msg.managed),
        catalog: msg.snapshot ? catalogFromSnapshot(msg.snapshot) : undefined,
      },
    };
    return;
  }
  let response: GradeWorkerResponse;
  try {
    if (!state) throw new Error("the grading worker has no lesson");
    const traced = new Set(msg.trace);
    const started = performance.now();
    const result = gradeLesson(state.lesson, msg.answer, state.deps, {
      traceFor: (id, passed) => !passed || traced.has(id),
    });
    // Plain data: a structured clone keeps own fields only, and decisions build their summary
    // lazily (`toJSON` writes it).
    response = {
      type: "graded",
      id: msg.id,
      result: JSON.parse(JSON.stringify(result)),
      ms: performance.now() - started,
    };
  } catch (error) {
    response = {
      type: "failed",
      id: msg.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(response);
};
