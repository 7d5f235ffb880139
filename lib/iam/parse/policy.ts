/**
 * `parsePolicy`: JSON text (or an in-memory document) -> validated `Policy`, reporting every
 * problem at once with its JSON path and position.
 */
import type {
  Diagnostic,
  JsonNode,
  ParseOptions,
  ParseResult,
  Policy,
  PolicyVersion,
  Statement,
} from "../types";
import { Diagnostics, describeKind, entriesByKey, scalarValue } from "./context";
import { readPolicyObject } from "./fast";
import { jsonFromValue, parseJson } from "./json";
import { pathIndex, pathKey } from "./path";
import { RESOURCE_TYPES, readStatement } from "./statement";

/** Largest accepted policy text, in characters. */
export const DEFAULT_MAX_LENGTH = 1_000_000;
/** Deepest accepted nesting of a policy document. */
export const DEFAULT_MAX_DEPTH = 64;

const TOP_KEYS = new Set(["Version", "Id", "Statement"]);

/** True when a value is a `Policy` produced by `parsePolicy`. */
export function isPolicy(value: unknown): value is Policy {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "Policy" &&
    Array.isArray((value as Policy).statements)
  );
}

/**
 * Reads and validates a policy document. `source` may be JSON text or an already-parsed value
 * (then positions are unknown and diagnostics point at line 1, column 1). Never throws.
 */
export function parsePolicy(source: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof source === "object" && source !== null && !isPolicy(source)) {
    // Valid documents given as objects take the fast lane; anything else is validated in full.
    const fast = readPolicyObject(
      source,
      options.type ?? "identity",
      options.maxDepth ?? DEFAULT_MAX_DEPTH,
    );
    if (fast) return { policy: fast, errors: [], source: undefined };
  }
  return parsePolicyInFull(source, options);
}

/** `parsePolicy` without the fast lane: always builds the JSON AST and validates it in full. */
export function parsePolicyInFull(source: unknown, options: ParseOptions = {}): ParseResult {
  const type = options.type ?? "identity";
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let root: JsonNode | undefined;
  let errors: Diagnostic[];
  const text = typeof source === "string" ? source : undefined;
  if (text !== undefined) {
    ({ value: root, errors } = parseJson(text, {
      maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH,
      maxDepth,
    }));
  } else if (isPolicy(source)) {
    return { policy: source, errors: [], source: source.source };
  } else {
    ({ value: root, errors } = jsonFromValue(source, maxDepth));
  }
  if (!root) return { errors, source: text };
  const diags = new Diagnostics();
  const policy = readPolicy(root, type, diags);
  if (policy) policy.source = text;
  if (diags.list.length > 0 || !policy) {
    return { errors: diags.list.sort((a, b) => a.offset - b.offset), source: text };
  }
  return { policy, errors: [], source: text };
}

function readPolicy(root: JsonNode, type: Policy["type"], diags: Diagnostics): Policy | undefined {
  if (root.kind !== "object") {
    diags.add(
      "invalid-type",
      `A policy must be a JSON object, got ${describeKind(root)}`,
      "",
      root.range,
    );
    return undefined;
  }
  const keys = entriesByKey(root, "", diags, (k) => pathKey("", k));
  for (const [key, e] of keys) {
    if (!TOP_KEYS.has(key)) {
      const known = [...TOP_KEYS].find((k) => k.toLowerCase() === key.toLowerCase());
      diags.add(
        "unknown-element",
        `Unknown policy element ${JSON.stringify(key)}` +
          (known
            ? `; element names are case-sensitive, did you mean "${known}"?`
            : "; a policy has Version, Id and Statement"),
        pathKey("", key),
        e.keyRange,
      );
    }
  }
  let version: PolicyVersion = "2008-10-17";
  const v = keys.get("Version");
  if (v) {
    const given = scalarValue(v.value);
    if (given === "2012-10-17" || given === "2008-10-17") version = given;
    else {
      diags.add(
        "invalid-version",
        `Version must be "2012-10-17" (or the older "2008-10-17"), got ${v.value.kind === "string" ? JSON.stringify(given) : describeKind(v.value)}`,
        "Version",
        v.value.range,
      );
    }
  }
  let documentId: string | undefined;
  const id = keys.get("Id");
  if (id) {
    if (id.value.kind === "string") documentId = id.value.value as string;
    else
      diags.add(
        "invalid-type",
        `Id must be a string, got ${describeKind(id.value)}`,
        "Id",
        id.value.range,
      );
  }
  const st = keys.get("Statement");
  const statements: Statement[] = [];
  if (!st) {
    diags.add("missing-element", 'The policy has no "Statement" element', "", root.range);
  } else if (st.value.kind === "object") {
    const s = readStatement(st.value, "Statement", 0, type, diags);
    if (s) statements.push(s);
  } else if (st.value.kind === "array") {
    st.value.items.forEach((item, i) => {
      const s = readStatement(item, pathIndex("Statement", i), i, type, diags);
      if (s) statements.push(s);
    });
  } else {
    diags.add(
      "invalid-type",
      `Statement must be an object or an array of objects, got ${describeKind(st.value)}`,
      "Statement",
      st.value.range,
    );
  }
  checkSids(st?.value, diags);
  if (RESOURCE_TYPES.has(type)) checkPrincipals(st?.value, type, diags);
  return {
    kind: "Policy",
    type,
    version,
    versionGiven: v !== undefined,
    documentId,
    statements,
    range: root.range,
  };
}

function checkSids(node: JsonNode | undefined, diags: Diagnostics): void {
  if (!node || node.kind !== "array") return;
  const seen = new Set<string>();
  node.items.forEach((item, i) => {
    if (item.kind !== "object") return;
    const sid = item.entries.find((e) => e.key === "Sid");
    if (!sid || sid.value.kind !== "string" || sid.value.value === "") return;
    const value = sid.value.value as string;
    if (seen.has(value)) {
      diags.add(
        "duplicate-sid",
        `Statement[${i}].Sid ${JSON.stringify(value)} is already used by an earlier statement; Sids must be unique`,
        `Statement[${i}].Sid`,
        sid.value.range,
      );
    }
    seen.add(value);
  });
}

function checkPrincipals(
  node: JsonNode | undefined,
  type: Policy["type"],
  diags: Diagnostics,
): void {
  if (!node) return;
  const items = node.kind === "array" ? node.items : [node];
  items.forEach((item, i) => {
    if (item.kind !== "object") return;
    if (item.entries.some((e) => e.key === "Principal" || e.key === "NotPrincipal")) return;
    const path = node.kind === "array" ? `Statement[${i}]` : "Statement";
    diags.add(
      "missing-element",
      `${path} is missing "Principal": ${type === "trust" ? "a trust policy" : "a resource-based policy"} must say who it applies to`,
      path,
      item.range,
    );
  });
}
