import type { z } from "zod";
import { crossReferenceIssues, type LessonIssue } from "./crossref";
import { lessonSchema, type Lesson } from "./lesson";
import { formatPath } from "./jsonPath";

/** Largest lesson document accepted, in characters of its JSON text (256 KB). */
export const MAX_LESSON_BYTES = 256 * 1024;

/** The outcome of validating a lesson document. */
export type LessonValidation = { ok: true; lesson: Lesson } | { ok: false; errors: LessonIssue[] };

/** Maps zod issues to `{ path, message }` with paths such as `checks[2].expect`. */
export function zodIssues(error: z.ZodError): LessonIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
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
 * the size limit, the schema (every error named by its JSON path) and cross references (see
 * `crossReferenceIssues`). Never throws.
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
  const parsed = lessonSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error) };
  const issues = crossReferenceIssues(parsed.data);
  return issues.length > 0 ? { ok: false, errors: issues } : { ok: true, lesson: parsed.data };
}
