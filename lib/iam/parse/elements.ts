/** Validation of the value-carrying statement elements: Action, Resource, Principal, Condition. */
import { splitOperator, suggestOperator } from "../condition/registry";
import type {
  ConditionBlock,
  ConditionClause,
  JsonEntry,
  JsonNode,
  LocatedValue,
  PolicyType,
  PrincipalElement,
  PrincipalEntry,
  PrincipalKind,
  ValueListElement,
} from "../types";
import { Diagnostics, describeKind, entriesByKey } from "./context";
import { pathIndex, pathKey } from "./path";

/** Reads a string or an array of strings; reports anything else. */
function stringList(
  node: JsonNode,
  path: string,
  what: string,
  diags: Diagnostics,
): LocatedValue[] | undefined {
  if (node.kind === "string") return [{ value: node.value as string, path, range: node.range }];
  if (node.kind !== "array") {
    diags.add(
      "invalid-type",
      `${path} must be a string or an array of strings, got ${describeKind(node)}`,
      path,
      node.range,
    );
    return undefined;
  }
  if (node.items.length === 0) {
    diags.add("empty-value", `${path} must list at least one ${what}`, path, node.range);
    return undefined;
  }
  const out: LocatedValue[] = [];
  let ok = true;
  node.items.forEach((item, i) => {
    const p = pathIndex(path, i);
    if (item.kind !== "string") {
      diags.add("invalid-type", `${p} must be a string, got ${describeKind(item)}`, p, item.range);
      ok = false;
    } else out.push({ value: item.value as string, path: p, range: item.range });
  });
  return ok ? out : undefined;
}

/** `Action` / `NotAction`: `*` or `service:action` (wildcards allowed in the action part). */
export function readActions(
  entry: JsonEntry,
  path: string,
  diags: Diagnostics,
): ValueListElement | undefined {
  const values = stringList(entry.value, path, "action", diags);
  if (!values) return undefined;
  let ok = true;
  for (const v of values) {
    if (v.value === "*") continue;
    const colon = v.value.indexOf(":");
    if (colon <= 0 || colon === v.value.length - 1) {
      diags.add(
        "invalid-action",
        `${v.path} must be "*" or "service:action" (like "s3:GetObject"), got ${JSON.stringify(v.value)}`,
        v.path,
        v.range,
      );
      ok = false;
    } else if (/[*?]/.test(v.value.slice(0, colon))) {
      diags.add(
        "invalid-action",
        `${v.path}: the service prefix cannot contain wildcards (${JSON.stringify(v.value)})`,
        v.path,
        v.range,
      );
      ok = false;
    }
  }
  return ok ? listElement(entry, path, values, "NotAction") : undefined;
}

/** A value-list element read from `entry`, negated when its key is `negatedKey`. */
function listElement(
  entry: JsonEntry,
  path: string,
  values: ValueListElement["values"],
  negatedKey: string,
): ValueListElement {
  return {
    name: entry.key,
    negated: entry.key === negatedKey,
    values,
    path,
    range: entry.value.range,
  };
}

/** `Resource` / `NotResource`: `*` or an ARN (wildcards and policy variables allowed). */
export function readResources(
  entry: JsonEntry,
  path: string,
  diags: Diagnostics,
): ValueListElement | undefined {
  const values = stringList(entry.value, path, "resource", diags);
  if (!values) return undefined;
  let ok = true;
  for (const v of values) {
    if (v.value === "*" || v.value.startsWith("arn:")) continue;
    diags.add(
      "invalid-resource",
      `${v.path} must be "*" or an ARN starting with "arn:", got ${JSON.stringify(v.value)}`,
      v.path,
      v.range,
    );
    ok = false;
  }
  return ok ? listElement(entry, path, values, "NotResource") : undefined;
}

const PRINCIPAL_KINDS: readonly PrincipalKind[] = ["AWS", "Service", "Federated", "CanonicalUser"];

/** `Principal` / `NotPrincipal`: `"*"` or an object keyed by AWS, Service, Federated, CanonicalUser. */
export function readPrincipal(
  entry: JsonEntry,
  path: string,
  type: PolicyType,
  diags: Diagnostics,
): PrincipalElement | undefined {
  const node = entry.value;
  const negated = entry.key === "NotPrincipal";
  if (node.kind === "string") {
    if (node.value !== "*") {
      diags.add(
        "invalid-principal",
        `${path} must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}, got ${JSON.stringify(node.value)}`,
        path,
        node.range,
      );
      return undefined;
    }
    return {
      name: entry.key,
      negated,
      entries: [{ kind: "*", value: "*", path, range: node.range }],
      path,
      range: node.range,
    };
  }
  if (node.kind !== "object") {
    diags.add(
      "invalid-type",
      `${path} must be "*" or an object, got ${describeKind(node)}`,
      path,
      node.range,
    );
    return undefined;
  }
  if (node.entries.length === 0) {
    diags.add("empty-value", `${path} must name at least one principal`, path, node.range);
    return undefined;
  }
  const entries: PrincipalEntry[] = [];
  let ok = true;
  const keys = entriesByKey(node, path, diags, (k) => pathKey(path, k));
  for (const [key, e] of keys) {
    const p = pathKey(path, key);
    if (!PRINCIPAL_KINDS.includes(key as PrincipalKind)) {
      diags.add(
        "invalid-principal",
        `${p}: unknown principal type ${JSON.stringify(key)}; use "AWS", "Service", "Federated" or "CanonicalUser"`,
        p,
        e.keyRange,
      );
      ok = false;
      continue;
    }
    const values = stringList(e.value, p, "principal", diags);
    if (!values) {
      ok = false;
      continue;
    }
    for (const v of values) entries.push({ ...v, kind: key as PrincipalKind });
  }
  if (ok && type === "rcp" && !entries.every((e) => e.value === "*")) {
    diags.add(
      "invalid-principal",
      `${path} must be "*" in a resource control policy`,
      path,
      node.range,
    );
    ok = false;
  }
  if (keys.size !== node.entries.length) ok = false;
  return ok ? { name: entry.key, negated, entries, path, range: node.range } : undefined;
}

/** `Condition`: `{ operator: { key: value | [values] } }`. */
export function readCondition(
  entry: JsonEntry,
  path: string,
  diags: Diagnostics,
): ConditionBlock | undefined {
  const node = entry.value;
  if (node.kind !== "object") {
    diags.add(
      "invalid-type",
      `${path} must be an object of condition operators, got ${describeKind(node)}`,
      path,
      node.range,
    );
    return undefined;
  }
  const clauses: ConditionClause[] = [];
  let ok = true;
  const ops = entriesByKey(node, path, diags, (k) => pathKey(path, k));
  if (ops.size !== node.entries.length) ok = false;
  for (const [opName, opEntry] of ops) {
    const opPath = pathKey(path, opName);
    const split = splitOperator(opName);
    if (!split.operator) {
      const hint = suggestOperator(split.baseName);
      const prefix = split.setOperator ? `${split.setOperator}:` : "";
      diags.add(
        "unknown-operator",
        `${opPath}: unknown condition operator ${JSON.stringify(opName)}` +
          (hint ? `; did you mean "${prefix}${hint}"? Operator names are case-sensitive` : ""),
        opPath,
        opEntry.keyRange,
      );
      ok = false;
      continue;
    }
    const block = opEntry.value;
    if (block.kind !== "object") {
      diags.add(
        "invalid-type",
        `${opPath} must be an object of condition keys, got ${describeKind(block)}`,
        opPath,
        block.range,
      );
      ok = false;
      continue;
    }
    if (block.entries.length === 0) {
      diags.add(
        "empty-value",
        `${opPath} must test at least one condition key`,
        opPath,
        block.range,
      );
      ok = false;
      continue;
    }
    const keys = entriesByKey(block, opPath, diags, (k) => pathKey(opPath, k));
    if (keys.size !== block.entries.length) ok = false;
    for (const [key, keyEntry] of keys) {
      const keyPath = pathKey(opPath, key);
      const values = conditionValues(keyEntry.value, keyPath, diags);
      if (!values) {
        ok = false;
        continue;
      }
      clauses.push({
        operator: opName,
        baseOperator: split.operator.name,
        setOperator: split.setOperator,
        ifExists: split.ifExists,
        key,
        values,
        path: keyPath,
        range: keyEntry.keyRange,
        operatorPath: opPath,
        operatorRange: opEntry.keyRange,
      });
    }
  }
  return ok ? { clauses, path, range: node.range } : undefined;
}

function scalar(n: JsonNode, p: string, diags: Diagnostics): LocatedValue | undefined {
  if (n.kind === "string" || n.kind === "number" || n.kind === "boolean") {
    return { value: String(n.value), path: p, range: n.range };
  }
  diags.add(
    "invalid-type",
    `${p} must be a string, number or boolean, got ${describeKind(n)}`,
    p,
    n.range,
  );
  return undefined;
}

function conditionValues(
  node: JsonNode,
  path: string,
  diags: Diagnostics,
): LocatedValue[] | undefined {
  if (node.kind !== "array") {
    const v = scalar(node, path, diags);
    return v ? [v] : undefined;
  }
  if (node.items.length === 0) {
    diags.add("empty-value", `${path} must list at least one value`, path, node.range);
    return undefined;
  }
  const out: LocatedValue[] = [];
  let ok = true;
  node.items.forEach((item, i) => {
    const v = scalar(item, pathIndex(path, i), diags);
    if (v) out.push(v);
    else ok = false;
  });
  return ok ? out : undefined;
}
