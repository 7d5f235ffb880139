/** Collects diagnostics while validating a policy AST, turning ranges into positions. */
import type { Diagnostic, JsonNode, JsonObjectNode, SourceRange } from "../types";

/** Diagnostic sink shared by the validator's functions. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  /** Records a problem at `range` (or at the start of the document when there is none). */
  add(code: string, message: string, path: string, range?: SourceRange): void {
    this.list.push({
      code,
      message,
      path,
      line: range?.line ?? 1,
      column: range?.column ?? 1,
      offset: range?.offset ?? 0,
      length: range?.length ?? 0,
    });
  }
}

/** A readable name of a node's JSON type, for messages ("an array", "a number"). */
export function describeKind(node: JsonNode): string {
  switch (node.kind) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return `the string ${JSON.stringify(node.value)}`;
    case "number":
      return `the number ${String(node.value)}`;
    case "boolean":
      return String(node.value);
    default:
      return "null";
  }
}

/**
 * Reports duplicate keys of an object (the later occurrence is the one flagged) and returns a
 * map from key to its first entry.
 */
export function entriesByKey(
  node: JsonObjectNode,
  path: string,
  diags: Diagnostics,
  keyPath: (key: string) => string,
): Map<string, JsonObjectNode["entries"][number]> {
  const map = new Map<string, JsonObjectNode["entries"][number]>();
  for (const entry of node.entries) {
    if (map.has(entry.key)) {
      diags.add(
        "duplicate-key",
        `${keyPath(entry.key)} appears more than once${path ? ` in ${path}` : ""}; each key may appear only once`,
        keyPath(entry.key),
        entry.keyRange,
      );
      continue;
    }
    map.set(entry.key, entry);
  }
  return map;
}

/** The scalar value of a node, or undefined for objects and arrays. */
export function scalarValue(node: JsonNode): string | number | boolean | null | undefined {
  return node.kind === "object" || node.kind === "array" ? undefined : node.value;
}
