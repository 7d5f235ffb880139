import { Inflate, deflateSync, strToU8 } from "fflate";
import { validateLesson, type Lesson, type LessonIssue, MAX_LESSON_BYTES } from "@/lib/lessons";
import { fromBase64Url, toBase64Url } from "./base64url";

/** The version prefix of challenge fragments. */
export const CHALLENGE_VERSION = "v1";
/** Longest fragment accepted (characters after `#`). */
export const MAX_FRAGMENT_LENGTH = 120_000;
/** Largest inflated document accepted, in bytes. */
export const MAX_INFLATED_BYTES = MAX_LESSON_BYTES;
/** The app route that opens a challenge. */
export const CHALLENGE_PATH = "/challenge";

/** The outcome of decoding a challenge fragment. */
export type DecodeResult =
  { ok: true; lesson: Lesson } | { ok: false; error: string; issues?: LessonIssue[] };

/** Thrown by {@link encodeChallenge} when a document cannot be shared. */
export class ChallengeError extends Error {}

/**
 * Encodes a lesson document as a challenge fragment: `v1.` + base64url(deflate(JSON)). The same
 * document always yields the same fragment. Throws {@link ChallengeError} when the result would
 * be longer than {@link MAX_FRAGMENT_LENGTH} or the JSON larger than {@link MAX_INFLATED_BYTES}.
 */
export function encodeChallenge(doc: Lesson): string {
  const bytes = strToU8(JSON.stringify(doc));
  if (bytes.length > MAX_INFLATED_BYTES) {
    throw new ChallengeError(
      `the document is ${bytes.length} bytes, more than the limit of ${MAX_INFLATED_BYTES}`,
    );
  }
  const fragment = `${CHALLENGE_VERSION}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    throw new ChallengeError(
      `the link would be ${fragment.length} characters, more than the limit of ${MAX_FRAGMENT_LENGTH}`,
    );
  }
  return fragment;
}

/** The app path and fragment that open a document as a challenge: `/challenge#v1.<data>`. */
export function challengeUrl(doc: Lesson): string {
  return `${CHALLENGE_PATH}#${encodeChallenge(doc)}`;
}

/** Inflates with a hard cap on output size, so a zip bomb stops after the cap. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | "too-large" | "corrupt" {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const stream = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) {
      tooLarge = true;
      throw new RangeError("inflated data exceeds the cap");
    }
    chunks.push(chunk);
  });
  const step = 1024;
  try {
    for (let i = 0; i < data.length; i += step) {
      stream.push(data.subarray(i, i + step), i + step >= data.length);
    }
    if (data.length === 0) stream.push(new Uint8Array(0), true);
  } catch {
    return tooLarge ? "too-large" : "corrupt";
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Decodes a challenge fragment (with or without the leading `#`, or a whole URL) into a validated
 * lesson. Never throws: garbage, an unknown version, an over-long fragment, a zip bomb or an
 * invalid document all yield `{ ok: false, error }` with a plain reason.
 */
export function decodeChallenge(fragment: string): DecodeResult {
  if (typeof fragment !== "string") return { ok: false, error: "the link is not text" };
  const hash = fragment.indexOf("#");
  const text = (hash >= 0 ? fragment.slice(hash + 1) : fragment).trim();
  if (text.length > MAX_FRAGMENT_LENGTH) {
    return {
      ok: false,
      error: `the link is ${text.length} characters, more than the limit of ${MAX_FRAGMENT_LENGTH}`,
    };
  }
  const dot = text.indexOf(".");
  const version = dot > 0 ? text.slice(0, dot) : "";
  if (!/^v\d+$/.test(version))
    return { ok: false, error: "this is not a challenge link (it should start with v1.)" };
  if (version !== CHALLENGE_VERSION) {
    return {
      ok: false,
      error: `this challenge link has version ${version}; this app reads ${CHALLENGE_VERSION} (try a newer version of the app)`,
    };
  }
  const bytes = fromBase64Url(text.slice(dot + 1));
  if (!bytes || bytes.length === 0)
    return { ok: false, error: "the link is damaged (it is not valid base64url)" };
  const inflated = inflateCapped(bytes, MAX_INFLATED_BYTES);
  if (inflated === "too-large")
    return {
      ok: false,
      error: `the challenge is larger than ${MAX_INFLATED_BYTES} bytes when unpacked`,
    };
  if (inflated === "corrupt")
    return { ok: false, error: "the link is damaged (its data cannot be unpacked)" };
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, error: "the link is damaged (its data is not UTF-8 text)" };
  }
  const validation = validateLesson(json);
  if (!validation.ok) {
    const first = validation.errors[0];
    return {
      ok: false,
      error: `the challenge is not a valid lesson: ${first.path}: ${first.message}`,
      issues: validation.errors,
    };
  }
  return { ok: true, lesson: validation.lesson };
}
