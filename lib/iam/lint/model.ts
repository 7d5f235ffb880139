/**
 * A lenient view of a policy document over the position-keeping JSON AST. Unlike the engine's
 * validated `Policy`, it tolerates every mistake (that is what the linter is for): elements of the
 * wrong type are simply absent from the view, and the structure rules report them.
 */
import { pathIndex, pathKey } from "../parse/path";
import type { JsonEntry, JsonNode, JsonObjectNode } from "../types";

/** A string (or number/boolean, read as text) from the document with its node and path. */
export interface ValueView {
  value: string;
  node: JsonNode;
  path: string;
}

/** `Action`/`NotAction`/`Resource`/`NotResource`. */
export interface ElementView {
  name: string;
  negated: boolean;
  entry: JsonEntry;
  path: string;
  /** The string values; non-string items are left out (a structure rule reports them). */
  values: ValueView[];
}

/** `Principal`/`NotPrincipal`. */
export interface PrincipalView {
  name: string;
  negated: boolean;
  entry: JsonEntry;
  path: string;
  /** `*` for the bare string form, else the principal type key (`AWS`, `Service`, ...). */
  entries: { kind: string; kindEntry?: JsonEntry; value: ValueView }[];
}

/** One key under one operator of a `Condition` block. */
export interface ClauseView {
  operator: string;
  operatorEntry: JsonEntry;
  operatorPath: string;
  key: string;
  keyEntry: JsonEntry;
  path: string;
  values: ValueView[];
}

/** One statement object. */
export interface StatementView {
  index: number;
  path: string;
  node: JsonObjectNode;
  sid?: ValueView;
  effect?: ValueView;
  /** Action, or NotAction when Action is absent. */
  action?: ElementView;
  /** Resource, or NotResource when Resource is absent. */
  resource?: ElementView;
  principal?: PrincipalView;
  condition?: { entry: JsonEntry; path: string; clauses: ClauseView[] };
}

/** The whole document. */
export interface PolicyView {
  root: JsonNode;
  /** The root when it is an object. */
  object?: JsonObjectNode;
  version?: ValueView;
  versionEntry?: JsonEntry;
  statementEntry?: JsonEntry;
  statements: StatementView[];
}

export { pathIndex, pathKey };

/** The first entry with exactly this key. */
export function entryOf(node: JsonObjectNode, key: string): JsonEntry | undefined {
  return node.entries.find((e) => e.key === key);
}

/** Text form of a scalar node, or undefined for objects, arrays and null. */
export function scalarText(node: JsonNode): string | undefined {
  if (node.kind === "string") return node.value as string;
  if (node.kind === "number" || node.kind === "boolean") return String(node.value);
  return undefined;
}

function stringValues(node: JsonNode, path: string, scalars = false): ValueView[] {
  const read = (n: JsonNode, p: string): ValueView | undefined => {
    const value = scalars ? scalarText(n) : n.kind === "string" ? (n.value as string) : undefined;
    return value === undefined ? undefined : { value, node: n, path: p };
  };
  if (node.kind === "array") {
    return node.items.flatMap((item, i) => read(item, pathIndex(path, i)) ?? []);
  }
  const one = read(node, path);
  return one ? [one] : [];
}

function element(
  node: JsonObjectNode,
  base: string,
  name: string,
  notName: string,
): ElementView | undefined {
  const entry = entryOf(node, name) ?? entryOf(node, notName);
  if (!entry) return undefined;
  const path = pathKey(base, entry.key);
  return {
    name: entry.key,
    negated: entry.key === notName,
    entry,
    path,
    values: stringValues(entry.value, path),
  };
}

function principal(node: JsonObjectNode, base: string): PrincipalView | undefined {
  const entry = entryOf(node, "Principal") ?? entryOf(node, "NotPrincipal");
  if (!entry) return undefined;
  const path = pathKey(base, entry.key);
  const entries: PrincipalView["entries"] = [];
  if (entry.value.kind === "string")
    entries.push({
      kind: "*",
      value: { value: entry.value.value as string, node: entry.value, path },
    });
  if (entry.value.kind === "object") {
    for (const kindEntry of entry.value.entries) {
      for (const value of stringValues(kindEntry.value, pathKey(path, kindEntry.key))) {
        entries.push({ kind: kindEntry.key, kindEntry, value });
      }
    }
  }
  return { name: entry.key, negated: entry.key === "NotPrincipal", entry, path, entries };
}

function condition(node: JsonObjectNode, base: string): StatementView["condition"] {
  const entry = entryOf(node, "Condition");
  if (!entry) return undefined;
  const path = pathKey(base, "Condition");
  const clauses: ClauseView[] = [];
  if (entry.value.kind === "object") {
    for (const operatorEntry of entry.value.entries) {
      const operatorPath = pathKey(path, operatorEntry.key);
      if (operatorEntry.value.kind !== "object") continue;
      for (const keyEntry of operatorEntry.value.entries) {
        const keyPath = pathKey(operatorPath, keyEntry.key);
        clauses.push({
          operator: operatorEntry.key,
          operatorEntry,
          operatorPath,
          key: keyEntry.key,
          keyEntry,
          path: keyPath,
          values: stringValues(keyEntry.value, keyPath, true),
        });
      }
    }
  }
  return { entry, path, clauses };
}

function statement(node: JsonObjectNode, index: number, path: string): StatementView {
  const sid = entryOf(node, "Sid");
  const effect = entryOf(node, "Effect");
  const view: StatementView = { index, path, node };
  if (sid?.value.kind === "string")
    view.sid = { value: sid.value.value as string, node: sid.value, path: pathKey(path, "Sid") };
  if (effect?.value.kind === "string") {
    view.effect = {
      value: effect.value.value as string,
      node: effect.value,
      path: pathKey(path, "Effect"),
    };
  }
  view.action = element(node, path, "Action", "NotAction");
  view.resource = element(node, path, "Resource", "NotResource");
  view.principal = principal(node, path);
  view.condition = condition(node, path);
  return view;
}

/** Builds the view of a parsed document. */
export function buildView(root: JsonNode): PolicyView {
  const view: PolicyView = { root, statements: [] };
  if (root.kind !== "object") return view;
  view.object = root;
  view.versionEntry = entryOf(root, "Version");
  if (view.versionEntry?.value.kind === "string") {
    view.version = {
      value: view.versionEntry.value.value as string,
      node: view.versionEntry.value,
      path: "Version",
    };
  }
  view.statementEntry = entryOf(root, "Statement");
  const st = view.statementEntry?.value;
  if (st?.kind === "object") view.statements.push(statement(st, 0, "Statement"));
  if (st?.kind === "array") {
    st.items.forEach((item, i) => {
      if (item.kind === "object")
        view.statements.push(statement(item, i, pathIndex("Statement", i)));
    });
  }
  return view;
}

/** True when the policy language version resolves policy variables. */
export function variablesActive(view: PolicyView): boolean {
  return view.version?.value === "2012-10-17";
}
