"use client";

import type { PolicyType } from "@/lib/iam";
import type { LintFinding } from "./findings";
import type { LintWorkerRequest, LintWorkerResponse } from "./lintWorkerProtocol";

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (r: LintWorkerResponse) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./lint.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<LintWorkerResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    worker.onerror = () => {
      for (const resolve of waiting.values()) resolve({ id: -1, error: "lint worker failed" });
      waiting.clear();
      worker?.terminate();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** True when a lint worker can be (or has been) started in this browser. */
export function lintWorkerAvailable(): boolean {
  return typeof Worker !== "undefined" && getWorker() !== null;
}

/** Lints in the shared worker; rejects when the worker is unavailable or failed. */
export function lintInWorker(
  text: string,
  type: PolicyType,
): Promise<{ findings: LintFinding[]; ms: number }> {
  const w = getWorker();
  if (!w) return Promise.reject(new Error("no lint worker"));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (r) =>
      r.error === undefined
        ? resolve({ findings: r.findings, ms: r.ms })
        : reject(new Error(r.error)),
    );
    const request: LintWorkerRequest = { id, text, type, catalogBase: "/catalog" };
    w.postMessage(request);
  });
}
