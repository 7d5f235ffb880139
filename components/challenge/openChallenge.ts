import { validateLesson } from "@/lib/lessons";
import { CHALLENGE_PATH, ChallengeError, encodeChallenge } from "@/lib/share";

/** Where to go for a pasted link or a loaded document, or why it cannot be opened. */
export type OpenResult = { ok: true; href: string } | { ok: false; error: string };

/** Accepts a full challenge URL, a `/challenge#…` path, or a bare `v1.…` fragment. */
export function hrefFromLink(text: string): OpenResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: "Paste a challenge link first." };
  const hashAt = trimmed.indexOf("#");
  const fragment = hashAt >= 0 ? trimmed.slice(hashAt + 1) : trimmed;
  if (!/^v\d+\./.test(fragment)) {
    return {
      ok: false,
      error: "That does not look like a challenge link: it should contain #v1. followed by data.",
    };
  }
  return { ok: true, href: `${CHALLENGE_PATH}#${fragment}` };
}

/** Validates a lesson or challenge JSON document and turns it into a challenge link. */
export function hrefFromDocument(fileName: string, text: string): OpenResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName} is not valid JSON: ${(error as Error).message}` };
  }
  const result = validateLesson(data);
  if (!result.ok) {
    const first = result.errors[0];
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : "";
    return {
      ok: false,
      error: `${fileName}: ${first?.path || "document"}: ${first?.message}${more}`,
    };
  }
  try {
    return { ok: true, href: `${CHALLENGE_PATH}#${encodeChallenge(result.lesson)}` };
  } catch (error) {
    const reason = error instanceof ChallengeError ? error.message : String(error);
    return { ok: false, error: `${fileName} cannot be shared as a link: ${reason}` };
  }
}
