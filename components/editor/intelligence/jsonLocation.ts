import { slotOf, walkJson, type PathSegment } from "./jsonScan";

/** Where the cursor sits in a (possibly incomplete) JSON document. */
export interface CursorLocation {
  /** `key`: a property name goes here; `value`: a value goes here; `none`: neither. */
  slot: "key" | "value" | "none";
  /** For a key: the path of the object that holds it; for a value: the path of the value. */
  path: PathSegment[];
  /** The string token around the cursor, when the cursor is inside one. */
  string?: { start: number; end: number; closed: boolean; value: string };
  /** What has been typed in the token before the cursor (string contents or a bare literal). */
  prefix: string;
  /** Offsets of the text a completion should replace (inside the quotes for strings). */
  replaceStart: number;
  replaceEnd: number;
}

/**
 * Finds the JSON location of `offset` in `text`, tolerating unfinished documents: which key or
 * value slot the cursor is in, the path to it, and the partial token before it.
 */
export function locateAt(text: string, offset: number): CursorLocation {
  let result: CursorLocation | undefined;
  walkJson(
    text,
    (t) => {
      if (t.start >= offset || offset > t.end) return false;
      if (t.kind === "string") {
        if (t.closed && offset === t.end) {
          result = {
            slot: "none",
            path: t.path,
            prefix: "",
            replaceStart: offset,
            replaceEnd: offset,
          };
          return true;
        }
        const contentEnd = t.closed ? t.end - 1 : t.end;
        result = {
          slot: t.isKey ? "key" : "value",
          path: t.isKey ? t.path.slice(0, -1) : t.path,
          string: { start: t.start, end: t.end, closed: t.closed, value: t.value },
          prefix: text.slice(t.start + 1, offset),
          replaceStart: t.start + 1,
          replaceEnd: contentEnd,
        };
        return true;
      }
      result = {
        slot: "value",
        path: t.path,
        prefix: text.slice(t.start, offset),
        replaceStart: t.start,
        replaceEnd: t.end,
      };
      return true;
    },
    (at, frames) => {
      if (offset > at) return false;
      const slot = slotOf(frames);
      result =
        slot.slot === "none"
          ? { slot: "none", path: [], prefix: "", replaceStart: offset, replaceEnd: offset }
          : {
              slot: slot.slot,
              path: slot.path,
              prefix: "",
              replaceStart: offset,
              replaceEnd: offset,
            };
      return true;
    },
  );
  return result ?? { slot: "none", path: [], prefix: "", replaceStart: offset, replaceEnd: offset };
}

/** Which policy element a location is in, once the statement part of the path is removed. */
export interface StatementPlace {
  /** Path of the statement: `["Statement", 2]` or `["Statement"]` for a single object. */
  statementPath: PathSegment[];
  /** The rest of the path inside the statement, e.g. `["Condition", "StringEquals"]`. */
  inner: PathSegment[];
}

/** Splits a path into its statement and the part inside it; undefined outside any statement. */
export function statementPlace(path: readonly PathSegment[]): StatementPlace | undefined {
  if (path[0] !== "Statement") return undefined;
  if (typeof path[1] === "number") return { statementPath: path.slice(0, 2), inner: path.slice(2) };
  return { statementPath: path.slice(0, 1), inner: path.slice(1) };
}
