"use client";

import {
  gradeLesson,
  type CatalogSnapshot,
  type GradeDeps,
  type GradeResult,
  type Lesson,
  type LessonAnswer,
} from "@/lib/lessons";
import type { GradeWorkerRequest, GradeWorkerResponse } from "./protocol";

/**
 * Grades a lesson's answers. `grade` resolves with the result, or null when a newer request made
 * it pointless (the learner typed again).
 */
export interface Grader {
  grade(answer: LessonAnswer, trace: readonly string[]): Promise<GradeResult | null>;
  dispose(): void;
}

/** A request still running this long is abandoned (the worker restarted) when a newer one comes. */
export const RESTART_AFTER_MS = 250;

/** Grades on the calling thread (tests, browsers without module workers). */
export function inlineGrader(lesson: Lesson, deps: GradeDeps): Grader {
  return {
    grade: async (answer, trace) => {
      const traced = new Set(trace);
      return gradeLesson(lesson, answer, deps, {
        traceFor: (id, passed) => !passed || traced.has(id),
      });
    },
    dispose: () => undefined,
  };
}

interface Job {
  key: string;
  id: number;
  answer: LessonAnswer;
  trace: string[];
  started: number;
  waiters: ((result: GradeResult | null) => void)[];
}

/**
 * Grades in a Web Worker. At most one request runs at a time; a newer request replaces a waiting
 * one (whose callers get null), an identical one shares the running request's result, and a
 * request that has run for {@link RESTART_AFTER_MS} when a newer one arrives is cancelled by
 * restarting the worker. Falls back to grading inline if the worker cannot start or fails.
 */
export function workerGrader(
  lesson: Lesson,
  deps: GradeDeps,
  snapshot: CatalogSnapshot | null,
): Grader {
  const init: GradeWorkerRequest = {
    type: "init",
    lesson,
    managed: [...(deps.managedPolicies ?? new Map()).entries()],
    snapshot,
  };
  const fallback = inlineGrader(lesson, deps);
  let worker: Worker | null = null;
  let broken = false;
  let running: Job | null = null;
  let waiting: Job | null = null;
  let nextId = 1;

  const start = (): Worker | null => {
    if (broken) return null;
    try {
      const w = new Worker(new URL("./grade.worker.ts", import.meta.url), { type: "module" });
      w.onmessage = (event: MessageEvent<GradeWorkerResponse>) => onDone(event.data);
      w.onerror = () => fail();
      w.postMessage(init);
      return w;
    } catch {
      broken = true;
      return null;
    }
  };

  const send = (job: Job) => {
    running = job;
    job.started = performance.now();
    worker ??= start();
    if (!worker) {
      running = null;
      void fallback.grade(job.answer, job.trace).then((r) => job.waiters.forEach((w) => w(r)));
      return;
    }
    worker.postMessage({ type: "grade", id: job.id, answer: job.answer, trace: job.trace });
  };

  const onDone = (response: GradeWorkerResponse) => {
    const job = running;
    if (!job || job.id !== response.id) return;
    running = null;
    if (response.type === "graded") job.waiters.forEach((w) => w(response.result));
    else void fallback.grade(job.answer, job.trace).then((r) => job.waiters.forEach((w) => w(r)));
    const next = waiting;
    waiting = null;
    if (next) send(next);
  };

  const fail = () => {
    // The worker could not load or crashed: grade here from now on.
    broken = true;
    worker?.terminate();
    worker = null;
    const jobs = [running, waiting].filter((j): j is Job => j !== null);
    running = waiting = null;
    for (const job of jobs)
      void fallback.grade(job.answer, job.trace).then((r) => job.waiters.forEach((w) => w(r)));
  };

  return {
    grade(answer, trace) {
      const key = JSON.stringify([answer, [...trace].sort()]);
      return new Promise((resolve) => {
        if (running?.key === key) return void running.waiters.push(resolve);
        if (waiting?.key === key) return void waiting.waiters.push(resolve);
        waiting?.waiters.forEach((w) => w(null));
        const job: Job = {
          key,
          id: nextId++,
          answer,
          trace: [...trace],
          started: 0,
          waiters: [resolve],
        };
        if (!running) return send(job);
        if (performance.now() - running.started > RESTART_AFTER_MS) {
          // Cancel the long-running grade: a worker cannot be interrupted, only replaced.
          running.waiters.forEach((w) => w(null));
          running = null;
          waiting = null;
          worker?.terminate();
          worker = null;
          return send(job);
        }
        waiting = job;
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const job of [running, waiting]) job?.waiters.forEach((w) => w(null));
      running = waiting = null;
    },
  };
}
