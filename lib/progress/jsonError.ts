/**
 * Finds where JSON text first goes wrong, because browsers disagree on whether `JSON.parse`
 * reports a position. jsonc-parser (VS Code's JSON reader) reads the text in strict mode (no
 * comments, no trailing commas) and reports the errors; this file follows what the reader expects
 * next, so that the first error can be worded as "expected X, found Y".
 */
import { printParseErrorCode, visit } from "jsonc-parser";

/** Deeper documents are reported rather than read (the reader recurses once per level). */
const MAX_DEPTH = 512;

/** What the reader expects next inside one container (or at the top level). */
type Expect = "key" | "colon" | "value" | "comma" | "end";

interface Frame {
  kind: "object" | "array" | "top";
  expect: Expect;
}

type ErrorName = ReturnType<typeof printParseErrorCode>;

/** Syntax errors are worded from what was expected; the rest from jsonc-parser's error code. */
const REASONS: Partial<Record<ErrorName, string>> = {
  InvalidNumberFormat: "invalid number",
  UnexpectedEndOfNumber: "incomplete number",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
};

const STRING_ERRORS = new Set<ErrorName>([
  "InvalidCharacter",
  "InvalidEscapeCharacter",
  "InvalidUnicode",
]);

function expectation(frame: Frame): string {
  switch (frame.expect) {
    case "key":
      return "expected a property name in double quotes";
    case "colon":
      return `expected ":" after a property name`;
    case "value":
      return "expected a value";
    case "comma":
      return frame.kind === "array"
        ? `expected "," or "]" after an array element`
        : `expected "," or "}" after a property value`;
    case "end":
      return "unexpected text after the end of the JSON value";
  }
}

/** Names what stands at an error: a short quote of the token, or the end of the file. */
function found(text: string, offset: number, length: number): string {
  if (offset >= text.length) return "the end of the file";
  const token = text.slice(offset, offset + Math.max(1, length));
  if (/^[\p{C}\p{Z}]$/u.test(token))
    return `U+${token.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return JSON.stringify(token.length > 24 ? `${token.slice(0, 24)}…` : token);
}

const ESCAPED = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** The first bad escape or control character inside the string token at `start`. */
function stringProblem(text: string, start: number, end: number) {
  for (let i = start + 1; i < end; i++) {
    if (text.charCodeAt(i) < 0x20)
      return { offset: i, reason: "unescaped control character in a string" };
    if (text[i] !== "\\") continue;
    const e = text[i + 1];
    if (e === "u" && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
      return { offset: i, reason: "invalid \\u escape" };
    if (e !== "u" && !ESCAPED.has(e)) return { offset: i, reason: "invalid escape in a string" };
    i += e === "u" ? 5 : 1;
  }
  return { offset: start, reason: "invalid string" };
}

/** Words one error reported by jsonc-parser, given what the reader expected at that point. */
function describe(
  text: string,
  name: ErrorName,
  offset: number,
  length: number,
  frame: Frame,
): { offset: number; reason: string } {
  if (STRING_ERRORS.has(name)) return stringProblem(text, offset, offset + length);
  // The string runs to the end of the line or file: the closing quote is missing there.
  if (name === "UnexpectedEndOfString") return { offset: offset + length, reason: REASONS[name]! };
  const reason = REASONS[name];
  if (reason) return { offset, reason };
  // As before jsonc-parser: a missing key or value names what was found instead.
  if (frame.expect !== "key" && frame.expect !== "value")
    return { offset, reason: expectation(frame) };
  return { offset, reason: `${expectation(frame)}, found ${found(text, offset, length)}` };
}

/**
 * Returns the offset and reason of the first JSON syntax error in `text`, or undefined when the
 * text is valid JSON.
 * @param text the text to scan
 */
export function locateJsonError(text: string): { offset: number; reason: string } | undefined {
  const frames: Frame[] = [{ kind: "top", expect: "value" }];
  const top = () => frames[frames.length - 1];
  const valueDone = () => {
    const f = top();
    f.expect = f.kind === "top" ? "end" : "comma";
  };
  let result: { offset: number; reason: string } | undefined;
  const stop = new Error("stop");
  const open = (kind: "object" | "array") => (offset: number) => {
    if (frames.length > MAX_DEPTH) {
      result = { offset, reason: "nested too deeply" };
      throw stop;
    }
    frames.push({ kind, expect: kind === "object" ? "key" : "value" });
  };
  // jsonc-parser ends a container before it reports a missing "}" or "]", so keep its state.
  let closed: Frame = frames[0];
  const close = () => {
    closed = frames.pop() ?? closed;
    valueDone();
  };
  try {
    visit(
      text,
      {
        onObjectBegin: open("object"),
        onArrayBegin: open("array"),
        onObjectEnd: close,
        onArrayEnd: close,
        onObjectProperty: () => {
          top().expect = "colon";
        },
        onSeparator: (separator) => {
          const f = top();
          if (separator === ":") f.expect = "value";
          else f.expect = f.kind === "object" ? "key" : "value";
        },
        onLiteralValue: valueDone,
        onError: (code, offset, length) => {
          const name = printParseErrorCode(code);
          const unclosed = name === "CloseBraceExpected" || name === "CloseBracketExpected";
          result = describe(text, name, offset, length, unclosed ? closed : top());
          throw stop;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (err) {
    if (err !== stop) throw err;
  }
  return result;
}
