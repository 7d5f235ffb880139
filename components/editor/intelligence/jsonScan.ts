/**
 * A tolerant JSON token walker that keeps the path of every token, for documents that are being
 * typed (unclosed strings, missing commas, trailing commas). It never throws and never recurses.
 */

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
  /** The decoded text (for strings: without quotes; escapes resolved loosely). */
  value: string;
  /** False for a string whose closing quote is missing. */
  closed: boolean;
}

/** One open container of the walk. */
export type Frame =
  | { kind: "object"; key: string | undefined; state: "key" | "colon" | "value" | "after" }
  | { kind: "array"; index: number; state: "value" | "after" };

const DELIMS = new Set(["{", "}", "[", "]", ":", ",", '"']);

function isWs(c: string): boolean {
  return c === " " || c === "\n" || c === "\r" || c === "\t";
}

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

function decode(raw: string): string {
  if (!raw.includes("\\")) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" } as Record<string, string>)[e] ?? e;
  });
}

/**
 * Walks the tokens of `text` in order, calling `onToken` for each string and literal with its
 * path, and `onBoundary` before each token with the offset where it starts and the slot state
 * (so callers can stop at a cursor). Either callback may return `true` to stop the walk.
 */
export function walkJson(
  text: string,
  onToken: (token: ScannedToken) => boolean | void,
  onBoundary?: (offset: number, frames: readonly Frame[]) => boolean | void,
): void {
  const frames: Frame[] = [];
  const n = text.length;
  let i = 0;
  const afterValue = () => {
    const top = frames[frames.length - 1];
    if (top) top.state = "after";
  };
  while (i < n) {
    while (i < n && isWs(text[i])) i++;
    if (onBoundary?.(i, frames)) return;
    if (i >= n) return;
    const c = text[i];
    if (c === "{") {
      frames.push({ kind: "object", key: undefined, state: "key" });
      i++;
    } else if (c === "[") {
      frames.push({ kind: "array", index: 0, state: "value" });
      i++;
    } else if (c === "}" || c === "]") {
      const top = frames[frames.length - 1];
      if (top && (top.kind === "object") === (c === "}")) {
        frames.pop();
        afterValue();
      }
      i++;
    } else if (c === ":") {
      const top = frames[frames.length - 1];
      if (top?.kind === "object") top.state = "value";
      i++;
    } else if (c === ",") {
      const top = frames[frames.length - 1];
      if (top?.kind === "object") {
        top.state = "key";
        top.key = undefined;
      } else if (top?.kind === "array") {
        top.index++;
        top.state = "value";
      }
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      const closed = j < n && text[j] === '"';
      const rawEnd = Math.min(j, n);
      const value = decode(text.slice(i + 1, rawEnd));
      const end = closed ? j + 1 : rawEnd;
      const top = frames[frames.length - 1];
      const isKey = top?.kind === "object" && top.state === "key";
      const path = isKey ? [...pathOf(frames, false), value] : pathOf(frames, true);
      if (onToken({ kind: "string", isKey, path, start: i, end, value, closed })) return;
      if (isKey && top?.kind === "object") {
        top.key = value;
        top.state = "colon";
      } else afterValue();
      i = end;
    } else {
      let j = i;
      while (j < n && !isWs(text[j]) && !DELIMS.has(text[j])) j++;
      const path = pathOf(frames, true);
      if (
        onToken({
          kind: "literal",
          isKey: false,
          path,
          start: i,
          end: j,
          value: text.slice(i, j),
          closed: true,
        })
      ) {
        return;
      }
      afterValue();
      i = j;
    }
  }
}

/** Every string and literal token of the document, with paths. */
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
