import type { z } from "zod";
import { CURRENT_PROGRESS_VERSION, progressSchema, type Progress } from "./model";
import { describeIssue } from "./issues";

/** The result of reading a stored or imported value: never throws. */
export type MigrateResult<T = Progress> =
  | { ok: true; progress: T; migratedFrom?: number }
  | { ok: false; error: string; newerVersion?: number };

/** Upgrades a document from version `n` (its key in the table) to `n + 1`. */
export type MigrationStep = (old: Record<string, unknown>) => Record<string, unknown>;

/** Everything `migrateWith` needs: the current version, the upgrade table and the schema. */
export interface MigrationPlan<T> {
  current: number;
  steps: Readonly<Record<number, MigrationStep>>;
  schema: z.ZodType<T>;
}

/**
 * Version 1 knew policy drafts only (`{ text, updatedAt }`); version 2 tags each draft with its
 * kind, so a lesson can keep chosen answers too. Anything else is carried over as it is (and
 * validated by the version-2 schema), so no draft, attempt or completion is lost.
 */
function v1ToV2(old: Record<string, unknown>): Record<string, unknown> {
  const lessons = old.lessons;
  if (!isRecord(lessons)) return old;
  const upgraded: Record<string, unknown> = {};
  for (const [id, lesson] of Object.entries(lessons)) {
    if (!isRecord(lesson) || !isRecord(lesson.drafts)) {
      upgraded[id] = lesson;
      continue;
    }
    const drafts: Record<string, unknown> = {};
    for (const [slot, draft] of Object.entries(lesson.drafts))
      drafts[slot] = isRecord(draft) && !("kind" in draft) ? { kind: "policy", ...draft } : draft;
    upgraded[id] = { ...lesson, drafts };
  }
  return { ...old, lessons: upgraded };
}

/**
 * The upgrade table of the progress format, keyed by the version each step upgrades from;
 * adding a version means one entry here and a new schema in `model.ts`.
 */
export const PROGRESS_MIGRATIONS: Readonly<Record<number, MigrationStep>> = { 1: v1ToV2 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/**
 * Upgrades any value to the current version of a format through a table of steps, then
 * validates it. Never throws: every failure is a message naming the place.
 * @param value the parsed, untrusted value
 * @param plan the current version, the upgrade steps and the schema of the current version
 */
export function migrateWith<T>(value: unknown, plan: MigrationPlan<T>): MigrateResult<T> {
  if (!isRecord(value))
    return { ok: false, error: `(top level): expected an object, found ${kindOf(value)}` };
  const start = value.version;
  if (typeof start !== "number" || !Number.isInteger(start))
    return { ok: false, error: "version: missing or not a whole number" };
  if (start > plan.current)
    return {
      ok: false,
      newerVersion: start,
      error: `made by a newer version of Least Privilege (format ${start}; this app reads up to ${plan.current}). Reload or update the app.`,
    };
  let doc: Record<string, unknown> = value;
  for (let v = start; v < plan.current; v++) {
    const step = plan.steps[v];
    if (!step) return { ok: false, error: `version: format ${start} is not supported` };
    try {
      doc = { ...step(doc), version: v + 1 };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return { ok: false, error: `could not upgrade from format ${v}: ${reason}` };
    }
  }
  const parsed = plan.schema.safeParse(doc);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error) };
  return start === plan.current
    ? { ok: true, progress: parsed.data }
    : { ok: true, progress: parsed.data, migratedFrom: start };
}

/**
 * Reads a stored progress value of any known version and returns it at the current version,
 * or a clear error (corrupted, wrong shape, newer version). Never throws.
 * @param value the parsed JSON value found in storage or in an import file
 */
export function migrate(value: unknown): MigrateResult {
  return migrateWith(value, {
    current: CURRENT_PROGRESS_VERSION,
    steps: PROGRESS_MIGRATIONS,
    schema: progressSchema,
  });
}
