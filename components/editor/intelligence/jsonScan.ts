/**
 * A tolerant JSON token walker that keeps the path of every token, for documents that are being
 * typed (unclosed strings, missing commas, trailing commas). Tokens come from jsonc-parser's
 * scanner (the one VS Code and Monaco use); this file only tracks where each token sits. It never
 * throws and never recurses.
 */
import { createScanner, type SyntaxKind } from "jsonc-parser";

/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** A string or bare literal seen by the walker, with its path and role. */
export interface ScannedToken {
  kind: "string" | "literal";
  /** True when the token sits where an object key belongs. */
  isKey: boolean;
  /** Path of the value (for a key: the path of the property it names). */
  path: PathSegment[];
  /** Offset of the first character (the opening quote for strings). */
  start: number;
  /** Offset after the last character (after the closing quote when there is one). */
  end: number;
  /** The decoded text (for strings: without quotes, escapes resolved). */
  value: string;
  /** False for a string whose closing quote is missing. */
  closed: boolean;
}

/** One open container of the walk. */
export type Frame =
  | { kind: "object"; key: string | undefined; state: "key" | "colon" | "value" | "after" }
  | { kind: "array"; index: number; state: "value" | "after" };

// jsonc-parser's `SyntaxKind` and `ScanError` are const enums, which isolated modules cannot read.
const OPEN_BRACE: SyntaxKind = 1;
const CLOSE_BRACE: SyntaxKind = 2;
const OPEN_BRACKET: SyntaxKind = 3;
const CLOSE_BRACKET: SyntaxKind = 4;
const COMMA: SyntaxKind = 5;
const COLON: SyntaxKind = 6;
const STRING: SyntaxKind = 10;
const EOF: SyntaxKind = 17;
const UNEXPECTED_END_OF_STRING = 2;

function pathOf(frames: readonly Frame[], includeTop: boolean): PathSegment[] {
  const out: PathSegment[] = [];
  const last = frames.length - 1;
  for (let i = 0; i <= last; i++) {
    const f = frames[i];
    if (i === last && !includeTop) break;
    if (f.kind === "array") out.push(f.index);
    else if (f.key !== undefined) out.push(f.key);
  }
  return out;
}

/** Where the cursor is when a token boundary is reached: a key slot, a value slot, or neither. */
export type Slot =
  { slot: "key"; path: PathSegment[] } | { slot: "value"; path: PathSegment[] } | { slot: "none" };

/** The slot a new token would fill, given the walker's frames. */
export function slotOf(frames: readonly Frame[]): Slot {
  const top = frames[frames.length - 1];
  if (!top) return { slot: "value", path: [] };
  if (top.kind === "object") {
    if (top.state === "key") return { slot: "key", path: pathOf(frames, false) };
    if (top.state === "value") return { slot: "value", path: pathOf(frames, true) };
    return { slot: "none" };
  }
  return top.state === "value" ? { slot: "value", path: pathOf(frames, true) } : { slot: "none" };
}

/** Updates the frames for a punctuation token; false when the token is no punctuation. */
function punctuate(frames: Frame[], kind: SyntaxKind): boolean {
  const top = frames[frames.length - 1];
  if (kind === OPEN_BRACE) frames.push({ kind: "object", key: undefined, state: "key" });
  else if (kind === OPEN_BRACKET) frames.push({ kind: "array", index: 0, state: "value" });
  else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
    if (top && (top.kind === "object") === (kind === CLOSE_BRACE)) {
      frames.pop();
      afterValue(frames);
    }
  } else if (kind === COLON) {
    if (top?.kind === "object") top.state = "value";
  } else if (kind === COMMA) {
    if (top?.kind === "object") {
      top.state = "key";
      top.key = undefined;
    } else if (top?.kind === "array") {
      top.index++;
      top.state = "value";
    }
  } else return false;
  return true;
}

function afterValue(frames: Frame[]): void {
  const top = frames[frames.length - 1];
  if (top) top.state = "after";
}

/**
 * Walks the tokens of `text` in order, calling `onToken` for each string and literal with its
 * path, and `onBoundary` before each token with the offset where it starts and the slot state
 * (so callers can stop at a cursor). Either callback may return `true` to stop the walk.
 * Whitespace and comments are skipped; a bare word (`tr`, `-`) is a literal.
 * @param text the document, complete or not
 * @param onToken called with each string and literal token
 * @param onBoundary called with the start offset of each token (and of the end of the text)
 */
export function walkJson(
  text: string,
  onToken: (token: ScannedToken) => boolean | void,
  onBoundary?: (offset: number, frames: readonly Frame[]) => boolean | void,
): void {
  const frames: Frame[] = [];
  const scanner = createScanner(text, true);
  for (;;) {
    const kind = scanner.scan();
    const start = scanner.getTokenOffset();
    if (onBoundary?.(start, frames) || kind === EOF) return;
    if (punctuate(frames, kind)) continue;
    const end = start + scanner.getTokenLength();
    const top = frames[frames.length - 1];
    if (kind === STRING) {
      const value = scanner.getTokenValue();
      const closed = scanner.getTokenError() !== UNEXPECTED_END_OF_STRING;
      const isKey = top?.kind === "object" && top.state === "key";
      const path = isKey ? [...pathOf(frames, false), value] : pathOf(frames, true);
      if (onToken({ kind: "string", isKey, path, start, end, value, closed })) return;
      if (isKey && top?.kind === "object") {
        top.key = value;
        top.state = "colon";
      } else afterValue(frames);
    } else {
      const path = pathOf(frames, true);
      const value = text.slice(start, end);
      if (onToken({ kind: "literal", isKey: false, path, start, end, value, closed: true })) return;
      afterValue(frames);
    }
  }
}

/**
 * Every string and literal token of the document, with paths.
 * @param text the document, complete or not
 */
export function scanTokens(text: string): ScannedToken[] {
  const out: ScannedToken[] = [];
  walkJson(text, (t) => {
    out.push(t);
  });
  return out;
}

/** True when `path` starts with `prefix` (strings compared exactly). */
export function startsWithPath(
  path: readonly PathSegment[],
  prefix: readonly PathSegment[],
): boolean {
  if (path.length < prefix.length) return false;
  return prefix.every((seg, i) => path[i] === seg);
}

/** Formats a path the way the engine does: `Statement[0].Condition.StringEquals["aws:SourceIp"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
