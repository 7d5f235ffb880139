import type { JsonEntry, JsonNode } from "../types";
import type { Fix, TextEdit } from "./types";

/** A fix that replaces a node with a JSON string value. */
export function replaceValue(
  node: JsonNode,
  value: string,
  title = `Replace with "${value}"`,
): Fix | undefined {
  if (!node.range) return undefined;
  return {
    title,
    replaceWith: value,
    edits: [{ offset: node.range.offset, length: node.range.length, text: JSON.stringify(value) }],
  };
}

/** A fix that renames an object key. */
export function renameKey(
  entry: JsonEntry,
  key: string,
  title = `Rename to "${key}"`,
): Fix | undefined {
  if (!entry.keyRange) return undefined;
  return {
    title,
    replaceWith: key,
    edits: [
      { offset: entry.keyRange.offset, length: entry.keyRange.length, text: JSON.stringify(key) },
    ],
  };
}

/** Applies non-overlapping edits to a text (in any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}
