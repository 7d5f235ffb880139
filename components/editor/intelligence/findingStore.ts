"use client";

import type { LintFinding } from "./findings";

interface Entry {
  versionId: number;
  findings: LintFinding[];
}

/** The latest lint findings of each model, by model URI, with the model version they belong to. */
const store = new Map<string, Entry>();

/** Remembers the findings of a model at a version (for quick fixes). */
export function setFindings(uri: string, versionId: number, findings: LintFinding[]): void {
  store.set(uri, { versionId, findings });
}

/** The findings of a model, only when they belong to its current version. */
export function getFindings(uri: string, versionId: number): LintFinding[] {
  const entry = store.get(uri);
  return entry && entry.versionId === versionId ? entry.findings : [];
}

/** Forgets a model's findings. */
export function clearFindings(uri: string): void {
  store.delete(uri);
}
