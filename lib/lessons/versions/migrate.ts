import { LESSON_SCHEMA_VERSION } from "../schema/lesson";

/** Upgrades a lesson document from version `n` (its key in the table) to `n + 1`. */
type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 knew one kind of task: `task: { prompt, slots }` with `checks`, `leastPrivilege` and
 * `solution` beside it at the top level. Version 2 names the kind and keeps everything a kind owns
 * inside `task`.
 */
function v1ToV2(doc: Record<string, unknown>): Record<string, unknown> {
  const { task, checks, leastPrivilege, solution, ...rest } = doc;
  const old = isRecord(task) ? task : {};
  const upgraded: Record<string, unknown> = { kind: "policy", ...old, checks, solution };
  if (leastPrivilege !== undefined) upgraded.leastPrivilege = leastPrivilege;
  return { ...rest, task: upgraded };
}

/** The upgrade table of the lesson format, keyed by the version each step upgrades from. */
export const LESSON_MIGRATIONS: Readonly<Record<number, Step>> = { 1: v1ToV2 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The outcome of upgrading a document: the current-version value, or why it cannot be read. */
export type UpgradeResult =
  { ok: true; document: unknown; from: number } | { ok: false; message: string; newer?: number };

/**
 * Upgrades a parsed lesson document of any known version to the current version, before schema
 * validation. Documents that are not objects, or have no version, pass through unchanged so the
 * schema names the problem. A newer version gets its own message (the app needs updating).
 */
export function upgradeLessonDocument(value: unknown): UpgradeResult {
  if (!isRecord(value)) return { ok: true, document: value, from: LESSON_SCHEMA_VERSION };
  const start = value.schemaVersion;
  if (typeof start !== "number" || !Number.isInteger(start) || start < 1)
    return { ok: true, document: value, from: LESSON_SCHEMA_VERSION };
  if (start > LESSON_SCHEMA_VERSION)
    return {
      ok: false,
      newer: start,
      message: `was made for lesson format ${start}, newer than this app reads (up to ${LESSON_SCHEMA_VERSION}): update or reload the app`,
    };
  let doc = value;
  for (let v = start; v < LESSON_SCHEMA_VERSION; v++) {
    const step = LESSON_MIGRATIONS[v];
    if (!step) return { ok: false, message: `uses lesson format ${start}, which is not supported` };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, document: doc, from: start };
}
