/**
 * A small, bounded JSON reader that keeps the source range of every key and value.
 *
 * Strict JSON (RFC 8259). Refuses texts longer than `maxLength` and nesting deeper than
 * `maxDepth` with a clear diagnostic instead of exhausting the stack. Duplicate keys are kept
 * in the AST (the policy validator reports them).
 */
import type { Diagnostic, JsonEntry, JsonNode, JsonParseResult, SourceRange } from "../types";
import { pathIndex, pathKey } from "./path";

/** Limits for `parseJson`. */
export interface JsonLimits {
  maxLength?: number;
  maxDepth?: number;
}

const DEFAULT_LENGTH = 1_000_000;
const DEFAULT_DEPTH = 64;

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly length: number,
    readonly code = "json-syntax",
  ) {
    super(message);
  }
}

/** Reads JSON text into a position-keeping AST; never throws, reports the first syntax error. */
export function parseJson(text: string, limits: JsonLimits = {}): JsonParseResult {
  const maxLength = limits.maxLength ?? DEFAULT_LENGTH;
  if (text.length > maxLength) {
    return {
      errors: [
        {
          code: "too-large",
          message: `The document is ${text.length} characters long; the limit is ${maxLength}`,
          path: "",
          line: 1,
          column: 1,
          offset: 0,
          length: 0,
        },
      ],
    };
  }
  const reader = new Reader(text, limits.maxDepth ?? DEFAULT_DEPTH);
  try {
    reader.skipWs();
    if (reader.pos >= text.length)
      throw new JsonError("The document is empty: expected a JSON value", 0, 0);
    const value = reader.value(0);
    reader.skipWs();
    if (reader.pos < text.length) {
      throw new JsonError("Unexpected text after the end of the JSON value", reader.pos, 1);
    }
    return { value, errors: [] };
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    const { line, column } = lineColumn(text, e.offset);
    const diag: Diagnostic = {
      code: e.code,
      message: e.message,
      path: reader.currentPath(),
      line,
      column,
      offset: e.offset,
      length: e.length,
    };
    return { errors: [diag] };
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

class Reader {
  pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly segments: (string | number)[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  currentPath(): string {
    let p = "";
    for (const s of this.segments) p = typeof s === "number" ? pathIndex(p, s) : pathKey(p, s);
    return p;
  }

  private range(start: number, startLine: number, startCol: number): SourceRange {
    return { offset: start, length: this.pos - start, line: startLine, column: startCol };
  }

  skipWs(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 13) this.pos++;
      else if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else return;
    }
  }

  value(depth: number): JsonNode {
    const t = this.text;
    const start = this.pos;
    const line = this.line;
    const col = start - this.lineStart + 1;
    const c = t.charCodeAt(start);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth >= this.maxDepth) {
        throw new JsonError(
          `The document is nested deeper than ${this.maxDepth} levels`,
          start,
          1,
          "too-deep",
        );
      }
      return c === 123 ? this.object(depth, line, col) : this.array(depth, line, col);
    }
    if (c === 34 /* " */) {
      const value = this.string();
      return { kind: "string", value, range: this.range(start, line, col) };
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const value = this.number();
      return { kind: "number", value, range: this.range(start, line, col) };
    }
    if (t.startsWith("true", start)) {
      this.pos += 4;
      return { kind: "boolean", value: true, range: this.range(start, line, col) };
    }
    if (t.startsWith("false", start)) {
      this.pos += 5;
      return { kind: "boolean", value: false, range: this.range(start, line, col) };
    }
    if (t.startsWith("null", start)) {
      this.pos += 4;
      return { kind: "null", value: null, range: this.range(start, line, col) };
    }
    if (start >= t.length)
      throw new JsonError("Unexpected end of the document: expected a value", start, 0);
    throw new JsonError(
      `Unexpected character ${describeChar(t, start)}: expected a value`,
      start,
      1,
    );
  }

  private object(depth: number, line: number, col: number): JsonNode {
    const start = this.pos;
    this.pos++;
    const entries: JsonEntry[] = [];
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return { kind: "object", entries, range: this.range(start, line, col) };
    }
    for (;;) {
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 34) {
        throw new JsonError(
          this.expected("a key in double quotes (trailing commas are not allowed)"),
          this.pos,
          1,
        );
      }
      const kStart = this.pos;
      const kLine = this.line;
      const kCol = kStart - this.lineStart + 1;
      const key = this.string();
      const keyRange = this.range(kStart, kLine, kCol);
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 58)
        throw new JsonError(this.expected('":" after the key'), this.pos, 1);
      this.pos++;
      this.skipWs();
      this.segments.push(key);
      const value = this.value(depth + 1);
      this.segments.pop();
      entries.push({ key, keyRange, value });
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === 125) {
        this.pos++;
        return { kind: "object", entries, range: this.range(start, line, col) };
      }
      throw new JsonError(this.expected('"," or "}"'), this.pos, 1);
    }
  }

  private array(depth: number, line: number, col: number): JsonNode {
    const start = this.pos;
    this.pos++;
    const items: JsonNode[] = [];
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return { kind: "array", items, range: this.range(start, line, col) };
    }
    for (;;) {
      this.skipWs();
      this.segments.push(items.length);
      items.push(this.value(depth + 1));
      this.segments.pop();
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skipWs();
        if (this.text.charCodeAt(this.pos) === 93) {
          throw new JsonError('Trailing comma before "]" is not allowed in JSON', this.pos, 1);
        }
        continue;
      }
      if (c === 93) {
        this.pos++;
        return { kind: "array", items, range: this.range(start, line, col) };
      }
      throw new JsonError(this.expected('"," or "]"'), this.pos, 1);
    }
  }

  private expected(what: string): string {
    if (this.pos >= this.text.length) return `Unexpected end of the document: expected ${what}`;
    return `Unexpected character ${describeChar(this.text, this.pos)}: expected ${what}`;
  }

  string(): string {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let out = "";
    let chunk = i;
    for (;;) {
      if (i >= t.length)
        throw new JsonError("Unterminated string: missing closing quote", start, t.length - start);
      const c = t.charCodeAt(i);
      if (c === 34) {
        out += t.slice(chunk, i);
        this.pos = i + 1;
        return out;
      }
      if (c < 32) {
        throw new JsonError(
          c === 10
            ? "Unterminated string: line break inside a string"
            : "Control character inside a string",
          i,
          1,
        );
      }
      if (c === 92) {
        out += t.slice(chunk, i);
        const e = t.charCodeAt(i + 1);
        const simple = ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          i += 2;
        } else if (e === 117 /* u */) {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex))
            throw new JsonError("Invalid \\u escape in string", i, 2);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          throw new JsonError(`Invalid escape ${describeChar(t, i + 1)} in string`, i, 2);
        }
        chunk = i;
        continue;
      }
      i++;
    }
  }

  private number(): number {
    const m = NUMBER.exec(this.text.slice(this.pos, this.pos + 400));
    if (!m) throw new JsonError("Invalid number", this.pos, 1);
    this.pos += m[0].length;
    return Number(m[0]);
  }
}

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;

const ESCAPES: Record<number, string> = {
  34: '"',
  92: "\\",
  47: "/",
  98: "\b",
  102: "\f",
  110: "\n",
  114: "\r",
  116: "\t",
};

function describeChar(text: string, pos: number): string {
  const ch = text[pos];
  if (ch === undefined) return "end of document";
  const code = ch.charCodeAt(0);
  if (code < 32 || code === 127) return `U+${code.toString(16).padStart(4, "0").toUpperCase()}`;
  return JSON.stringify(ch);
}

/**
 * Builds an AST from an in-memory value (no source ranges). Returns a diagnostic for values
 * JSON cannot hold (functions, undefined, non-finite numbers), cycles and excessive depth.
 */
export function jsonFromValue(value: unknown, maxDepth = DEFAULT_DEPTH): JsonParseResult {
  const state: BuildState = { errors: [], seen: new Set<object>(), maxDepth, segments: [] };
  const root = buildNode(state, value, 0);
  return root ? { value: root, errors: state.errors } : { errors: state.errors };
}

interface BuildState {
  errors: Diagnostic[];
  seen: Set<object>;
  maxDepth: number;
  segments: (string | number)[];
}

function buildPath(st: BuildState): string {
  let p = "";
  for (const s of st.segments) p = typeof s === "number" ? pathIndex(p, s) : pathKey(p, s);
  return p;
}

function buildNode(st: BuildState, v: unknown, depth: number): JsonNode | undefined {
  if (v === null) return { kind: "null", value: null };
  switch (typeof v) {
    case "string":
      return { kind: "string", value: v };
    case "boolean":
      return { kind: "boolean", value: v };
    case "number":
      if (Number.isFinite(v)) return { kind: "number", value: v };
      break;
    case "object":
      return buildContainer(st, v, depth);
  }
  const path = buildPath(st);
  st.errors.push(
    diag("invalid-value", `${path || "The document"} is not a JSON value (${typeof v})`, path),
  );
  return undefined;
}

function buildContainer(st: BuildState, v: object, depth: number): JsonNode | undefined {
  const path = depth >= st.maxDepth || st.seen.has(v) ? buildPath(st) : "";
  if (depth >= st.maxDepth) {
    st.errors.push(
      diag("too-deep", `The document is nested deeper than ${st.maxDepth} levels`, path),
    );
    return undefined;
  }
  if (st.seen.has(v)) {
    st.errors.push(diag("invalid-value", `${path || "The document"} refers to itself`, path));
    return undefined;
  }
  st.seen.add(v);
  let node: JsonNode | undefined;
  if (Array.isArray(v)) {
    const items: JsonNode[] = [];
    for (let i = 0; i < v.length; i++) {
      st.segments.push(i);
      const item = buildNode(st, v[i], depth + 1);
      st.segments.pop();
      if (!item) return undefined;
      items.push(item);
    }
    node = { kind: "array", items };
  } else {
    const entries: JsonEntry[] = [];
    const rec = v as Record<string, unknown>;
    for (const key in rec) {
      if (!Object.prototype.hasOwnProperty.call(rec, key)) continue;
      st.segments.push(key);
      const child = buildNode(st, rec[key], depth + 1);
      st.segments.pop();
      if (!child) return undefined;
      entries.push({ key, value: child });
    }
    node = { kind: "object", entries };
  }
  st.seen.delete(v);
  return node;
}

function diag(code: string, message: string, path: string): Diagnostic {
  return { code, message, path, line: 1, column: 1, offset: 0, length: 0 };
}
