import type { Progress } from "./model";
import { migrate } from "./migrate";
import { locateJsonError } from "./jsonError";

/** The marker that identifies a progress export file. */
export const EXPORT_APP = "least-privilege";
/** The kind of document inside an export file. */
export const EXPORT_KIND = "progress";
/** The version of the export envelope (the progress inside carries its own version). */
export const EXPORT_VERSION = 1;
/** Files above this size are refused before parsing. */
export const MAX_IMPORT_BYTES = 5_000_000;

/** The outcome of reading an import file: never throws. */
export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

const NOT_AN_EXPORT = "This file is not a Least Privilege progress export.";

/**
 * Serialises progress as a downloadable export file (pretty-printed JSON with an app marker).
 * @param progress the progress to export
 * @param now the export time in epoch milliseconds
 */
export function exportProgress(progress: Progress, now: number): string {
  const file = {
    app: EXPORT_APP,
    kind: EXPORT_KIND,
    exportVersion: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    progress,
  };
  return JSON.stringify(file, null, 2) + "\n";
}

/**
 * Suggests a file name for an export, e.g. `least-privilege-progress-2026-01-31.json`.
 * @param now the export time in epoch milliseconds
 */
export function exportFileName(now: number): string {
  return `least-privilege-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * Converts a character offset into a 1-based line and column.
 * @param text the parsed text
 * @param offset a 0-based character offset
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Describes a JSON syntax error as "line N: reason" (1-based line), locating it by scanning the
 * text since browsers disagree on whether `JSON.parse` reports a position.
 * @param text the text that failed to parse
 */
export function describeJsonError(text: string): string {
  if (text.trim() === "") return "the file is empty";
  const found = locateJsonError(text);
  if (!found) return "invalid JSON";
  const { line, column } = lineColumnAt(text, found.offset);
  return `line ${line}, column ${column}: ${found.reason}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates an export file's text and returns the progress inside at the current version, or
 * one specific message: not an export, JSON syntax error with its line, newer version, or the
 * JSON path of the first invalid value.
 * @param text the file's contents
 */
export function importProgress(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, error: "The file is too large to be a progress export." };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: `The file is not valid JSON: ${describeJsonError(text)}` };
  }
  if (!isRecord(value) || value.app !== EXPORT_APP || value.kind !== EXPORT_KIND)
    return { ok: false, error: NOT_AN_EXPORT };
  const envelope = value.exportVersion;
  if (typeof envelope !== "number" || !Number.isInteger(envelope))
    return { ok: false, error: "exportVersion: missing or not a whole number." };
  if (envelope > EXPORT_VERSION)
    return {
      ok: false,
      error: `This export was made by a newer version of Least Privilege (export format ${envelope}). Update the app and try again.`,
    };
  const migrated = migrate(value.progress);
  if (!migrated.ok) {
    if (migrated.newerVersion !== undefined)
      return { ok: false, error: `This export was ${migrated.error}` };
    const top = "(top level)";
    const where = migrated.error.startsWith(top)
      ? `progress${migrated.error.slice(top.length)}`
      : `progress.${migrated.error}`;
    return { ok: false, error: `The export is damaged at ${where}` };
  }
  return { ok: true, progress: migrated.progress };
}
