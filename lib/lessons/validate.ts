import type { SimWorld } from "@/lib/sim";
import { kindModule } from "./grade/grade";
import { scenarioIssues, type LessonIssue } from "./schema/crossref";
import { lessonSchema, type Lesson } from "./schema/lesson";
import { zodIssues } from "./schema/zodIssues";
import { upgradeLessonDocument } from "./versions/migrate";

export { zodIssues };

/** Largest lesson document accepted, in characters of its JSON text (256 KB). */
export const MAX_LESSON_BYTES = 256 * 1024;

/**
 * The outcome of validating a lesson document. `migratedFrom` names the format version of a
 * document that was upgraded on reading; `newerVersion` that of a document this app cannot read.
 */
export type LessonValidation =
  | { ok: true; lesson: Lesson; migratedFrom?: number }
  | { ok: false; errors: LessonIssue[]; newerVersion?: number };

/**
 * Everything the schema cannot check: the scenario's references, then the task kind's own.
 */
export function crossReferenceIssues(lesson: Lesson): LessonIssue[] {
  const { sim, issues } = scenarioIssues(lesson);
  return [...issues, ...kindModule(lesson).issues(lesson, sim as SimWorld)];
}

function sizeOf(input: unknown): number | undefined {
  try {
    return typeof input === "string" ? input.length : (JSON.stringify(input)?.length ?? 0);
  } catch {
    return undefined;
  }
}

/**
 * Validates a lesson (or challenge, or assignment) document: JSON text or a parsed value. Checks
 * the size limit, upgrades an older format version (version 1 documents: built-in lessons, links
 * and files made before kinds existed), then the schema (every error named by its JSON path) and
 * cross references (see `crossReferenceIssues`). Never throws.
 */
export function validateLesson(
  input: unknown,
  options: { maxBytes?: number } = {},
): LessonValidation {
  const maxBytes = options.maxBytes ?? MAX_LESSON_BYTES;
  const size = sizeOf(input);
  if (size === undefined)
    return { ok: false, errors: [{ path: "(document)", message: "is not JSON-serialisable" }] };
  if (size > maxBytes) {
    return {
      ok: false,
      errors: [
        {
          path: "(document)",
          message: `is ${size} characters, more than the limit of ${maxBytes}`,
        },
      ],
    };
  }
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return {
        ok: false,
        errors: [{ path: "(document)", message: `is not valid JSON: ${(e as Error).message}` }],
      };
    }
  }
  const upgraded = upgradeLessonDocument(value);
  if (!upgraded.ok)
    return {
      ok: false,
      errors: [{ path: "schemaVersion", message: upgraded.message }],
      newerVersion: upgraded.newer,
    };
  const parsed = lessonSchema.safeParse(upgraded.document);
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error) };
  const issues = crossReferenceIssues(parsed.data);
  if (issues.length > 0) return { ok: false, errors: issues };
  return upgraded.from < parsed.data.schemaVersion
    ? { ok: true, lesson: parsed.data, migratedFrom: upgraded.from }
    : { ok: true, lesson: parsed.data };
}
