/**
 * The fast lane's readers of value-carrying statement elements (Action, Resource, Principal,
 * Condition) for documents given as objects. Each returns undefined at the first thing the full
 * validator would report (see `fast.ts`).
 */
import { splitOperator } from "../condition/registry";
import type {
  ConditionBlock,
  ConditionClause,
  LocatedValue,
  PolicyType,
  PrincipalElement,
  PrincipalEntry,
  PrincipalKind,
  ValueListElement,
} from "../types";
import { indexPath, keyPath } from "./paths";

type Obj = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/** A plain JSON object (not an array, not null). */
export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const PRINCIPAL_KINDS: Readonly<Record<string, PrincipalKind>> = {
  AWS: "AWS",
  Service: "Service",
  Federated: "Federated",
  CanonicalUser: "CanonicalUser",
};

/** A string or a non-empty array of strings, as located values. */
function strings(v: unknown, path: string): LocatedValue[] | undefined {
  if (typeof v === "string") return [{ value: v, path, range: undefined }];
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out = new Array<LocatedValue>(v.length);
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (typeof item !== "string") return undefined;
    out[i] = { value: item, path: indexPath(path, i), range: undefined };
  }
  return out;
}

/** True for `*` or `service:action` whose service prefix has no wildcard. */
function validAction(a: string): boolean {
  if (a === "*") return true;
  const colon = a.indexOf(":");
  if (colon <= 0 || colon === a.length - 1) return false;
  for (let i = 0; i < colon; i++) {
    const c = a.charCodeAt(i);
    if (c === 42 || c === 63) return false;
  }
  return true;
}

/** `Action`/`NotAction` (`actions`) or `Resource`/`NotResource`. */
export function readList(
  v: unknown,
  name: string,
  path: string,
  actions: boolean,
): ValueListElement | undefined {
  const values = strings(v, path);
  if (values === undefined) return undefined;
  for (let i = 0; i < values.length; i++) {
    const s = values[i].value;
    if (actions ? !validAction(s) : s !== "*" && !s.startsWith("arn:")) return undefined;
  }
  const negated = name === "NotAction" || name === "NotResource";
  return { name, negated, values, path, range: undefined };
}

/** How many values an object of strings or string lists holds (a size hint; not validated). */
function countValues(v: Obj): number {
  let n = 0;
  for (const key in v) {
    if (!hasOwn.call(v, key)) continue;
    const x = v[key];
    n += Array.isArray(x) ? x.length : 1;
  }
  return n;
}

/** How many keys the operator blocks of a Condition hold (a size hint; not validated). */
function countClauses(v: Obj): number {
  let n = 0;
  for (const op in v) {
    if (!hasOwn.call(v, op)) continue;
    const block = v[op];
    if (isObj(block)) for (const key in block) if (hasOwn.call(block, key)) n++;
  }
  return n;
}

/** `Principal`/`NotPrincipal`: `"*"` or an object of principal kinds to strings or string lists. */
export function readPrincipal(
  v: unknown,
  name: string,
  path: string,
  type: PolicyType,
): PrincipalElement | undefined {
  const negated = name === "NotPrincipal";
  if (v === "*") {
    const entries: PrincipalEntry[] = [{ kind: "*", value: "*", path, range: undefined }];
    return { name, negated, entries, path, range: undefined };
  }
  if (!isObj(v)) return undefined;
  const entries = new Array<PrincipalEntry>(countValues(v));
  let n = 0;
  for (const key in v) {
    if (!hasOwn.call(v, key)) continue;
    const kind = PRINCIPAL_KINDS[key];
    if (kind === undefined || !hasOwn.call(PRINCIPAL_KINDS, key)) return undefined;
    const values = strings(v[key], keyPath(path, key));
    if (values === undefined) return undefined;
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
      if (type === "rcp" && x.value !== "*") return undefined;
      entries[n++] = { value: x.value, path: x.path, range: undefined, kind };
    }
  }
  if (n === 0) return undefined;
  if (n !== entries.length) entries.length = n;
  return { name, negated, entries, path, range: undefined };
}

/** One condition value: strings as they are, numbers and booleans in their string form. */
function conditionScalar(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function conditionValues(v: unknown, path: string): LocatedValue[] | undefined {
  if (!Array.isArray(v)) {
    const s = conditionScalar(v);
    return s === undefined ? undefined : [{ value: s, path, range: undefined }];
  }
  if (v.length === 0) return undefined;
  const out = new Array<LocatedValue>(v.length);
  for (let i = 0; i < v.length; i++) {
    const s = conditionScalar(v[i]);
    if (s === undefined) return undefined;
    out[i] = { value: s, path: indexPath(path, i), range: undefined };
  }
  return out;
}

/** `Condition`: operators to objects of condition keys to scalar values or lists of them. */
export function readCondition(v: unknown, path: string): ConditionBlock | undefined {
  if (!isObj(v)) return undefined;
  const clauses = new Array<ConditionClause>(countClauses(v));
  let n = 0;
  for (const opName in v) {
    if (!hasOwn.call(v, opName)) continue;
    const split = splitOperator(opName);
    const operator = split.operator;
    const block = v[opName];
    if (operator === undefined || !isObj(block)) return undefined;
    const opPath = keyPath(path, opName);
    let keys = 0;
    for (const key in block) {
      if (!hasOwn.call(block, key)) continue;
      keys++;
      const clausePath = keyPath(opPath, key);
      const values = conditionValues(block[key], clausePath);
      if (values === undefined) return undefined;
      clauses[n++] = {
        operator: opName,
        baseOperator: operator.name,
        setOperator: split.setOperator,
        ifExists: split.ifExists,
        key,
        values,
        path: clausePath,
        range: undefined,
        operatorPath: opPath,
        operatorRange: undefined,
      };
    }
    if (keys === 0) return undefined;
  }
  if (n !== clauses.length) clauses.length = n;
  return { clauses, path, range: undefined };
}
