/**
 * Evaluating one condition clause (`operator: { key: values }`) against the request context.
 *
 * Values of one key are ORed (NORed for negated operators). A missing key makes the clause
 * false, except for negated operators and `...IfExists` (true) and `ForAllValues:` (true).
 * `Null` tests presence. Multi-valued keys without a set operator match when any value does.
 */
import type { ConditionClause, ConditionFailure, PolicyVersion } from "../types";
import { CompileCache } from "../wildcard/cache";
import type { ConditionOperator } from "./operator";
import { CONDITION_OPERATORS, splitOperator } from "./registry";
import { ResolvedTemplate } from "./resolved";
import {
  describeResolved,
  parseTemplate,
  resolveGlob,
  resolveText,
  type ContextLookup,
  type TemplatePart,
} from "./variables";

/** A clause ready for evaluation. */
export interface CompiledClause {
  clause: ConditionClause;
  op: ConditionOperator;
  keyLower: string;
  setOperator?: "ForAllValues" | "ForAnyValue";
  ifExists: boolean;
  isNull: boolean;
  /** Compiled static values (undefined entries never match). */
  statics: unknown[];
  /** Values holding policy variables, resolved per request. */
  templates: ResolvedTemplate<unknown>[];
}

/** Shared by every clause without policy variables (never modified). */
const NO_TEMPLATES: ResolvedTemplate<unknown>[] = [];

/** Compiles a parsed clause; `version` decides whether `${...}` is a variable or literal text. */
export function compileClause(clause: ConditionClause, version: PolicyVersion): CompiledClause {
  const split = splitOperator(clause.operator);
  const op = split.operator ?? CONDITION_OPERATORS[clause.baseOperator];
  if (!op) throw new Error(`Unknown condition operator ${clause.operator}`);
  const values = clause.values;
  const variables = version === "2012-10-17" && op.variables;
  let templateCount = 0;
  if (variables) for (const v of values) if (v.value.includes("${")) templateCount++;
  // Arrays of their final length (an empty `[]` grows to 16 slots on its first push).
  const statics = new Array<unknown>(values.length - templateCount);
  const templates: ResolvedTemplate<unknown>[] =
    templateCount === 0 ? NO_TEMPLATES : new Array(templateCount);
  let ns = 0;
  let nt = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i].value;
    const parts = variables ? parseTemplate(value) : undefined;
    if (parts) templates[nt++] = new ResolvedTemplate(parts, templateCompiler(op));
    else statics[ns++] = compileValue(op, value);
  }
  // `${` that is not a variable (`${}`) stays plain text (`statics` grew past its size hint):
  // trim the unused template slots.
  if (nt !== templates.length) templates.length = nt;
  return {
    clause,
    op,
    keyLower: clause.key.toLowerCase(),
    setOperator: split.setOperator,
    ifExists: split.ifExists,
    isNull: op.name === "Null",
    statics,
    templates,
  };
}

/** Compiled static values, per operator (keyed by the value text, not a concatenation). */
const valueCaches = new Map<ConditionOperator, CompileCache<{ compiled: unknown }>>();

/** Compiles one static policy value for an operator (memoised: compiled values are immutable). */
function compileValue(op: ConditionOperator, value: string): unknown {
  let cache = valueCaches.get(op);
  if (cache === undefined) {
    cache = new CompileCache<{ compiled: unknown }>();
    valueCaches.set(op, cache);
  }
  return (cache.get(value) ?? cache.set(value, { compiled: op.compile(value) })).compiled;
}

/** How a value with policy variables compiles for an operator, once its variables are known. */
function templateCompiler(
  op: ConditionOperator,
): (parts: readonly TemplatePart[], lookup: ContextLookup) => unknown {
  if (op.wildcards && op.name.startsWith("String")) return resolveGlob;
  return (parts, lookup) => {
    const text = resolveText(parts, lookup);
    return text === undefined ? undefined : op.compile(text);
  };
}

function anyMatch(c: CompiledClause, r: string, lookup: ContextLookup): boolean {
  const op = c.op;
  const statics = c.statics;
  const equality = op.equality;
  if (equality !== undefined) {
    // The operator promised its test is an equality: compare inline, no call per value.
    const v = equality === "exact" ? r : r.toLowerCase();
    for (let i = 0; i < statics.length; i++) if (statics[i] === v) return true;
  } else {
    for (let i = 0; i < statics.length; i++) {
      const p = statics[i];
      if (p !== undefined && op.matches(r, p)) return true;
    }
  }
  for (let i = 0; i < c.templates.length; i++) {
    const p = c.templates[i].resolve(lookup);
    if (p !== undefined && op.matches(r, p)) return true;
  }
  return false;
}

/** True when the clause holds for the request context. */
export function testClause(c: CompiledClause, lookup: ContextLookup): boolean {
  const values = lookup.get(c.keyLower);
  const present = values !== undefined && values.length > 0;
  if (c.isNull) {
    const absent = present ? "false" : "true";
    for (const p of c.statics) if (p === absent) return true;
    return false;
  }
  if (!present) {
    if (c.setOperator === "ForAllValues") return true;
    if (c.ifExists) return true;
    if (c.setOperator === "ForAnyValue") return false;
    return c.op.negated;
  }
  const neg = c.op.negated;
  if (c.setOperator === "ForAllValues") {
    for (const r of values) if (anyMatch(c, r, lookup) === neg) return false;
    return true;
  }
  if (c.setOperator === "ForAnyValue") {
    for (const r of values) if (anyMatch(c, r, lookup) !== neg) return true;
    return false;
  }
  let pos = false;
  for (const r of values) {
    if (anyMatch(c, r, lookup)) {
      pos = true;
      break;
    }
  }
  return pos !== neg;
}

function list(values: readonly string[]): string {
  return values.length === 1
    ? JSON.stringify(values[0])
    : `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}

/** Explains why a clause is false; undefined when it holds. */
export function explainClause(
  c: CompiledClause,
  lookup: ContextLookup,
): ConditionFailure | undefined {
  if (testClause(c, lookup)) return undefined;
  const values = lookup.get(c.keyLower) ?? [];
  const missing = values.length === 0;
  const policyValues = c.clause.values.map((v) => {
    const parts = c.templates.length > 0 ? parseTemplate(v.value) : undefined;
    return parts ? describeResolved(parts, lookup) : v.value;
  });
  const key = c.clause.key;
  const op = c.clause.operator;
  let message: string;
  if (c.isNull) {
    message = missing
      ? `${key} is absent from the request, but ${op} requires it to be ${policyValues.includes("false") ? "present" : "absent"}`
      : `${key} is present in the request (${list(values)}), but Null ${list(policyValues)} requires it to be absent`;
  } else if (missing) {
    message = `The request has no ${key} value, so ${op} on ${key} is false`;
  } else {
    const unresolved = c.templates.length > 0 && policyValues.some((v) => v.includes("${"));
    const need = c.op.negated
      ? "none of"
      : c.setOperator === "ForAllValues"
        ? "every value to be one of"
        : "one of";
    message = `${key} is ${list(values)}, but ${op} requires ${need} ${list(policyValues)}`;
    if (unresolved)
      message += " (a policy variable could not be resolved, so that value never matches)";
  }
  return {
    operator: op,
    key,
    requestValues: [...values],
    policyValues,
    missing,
    path: c.clause.path,
    range: c.clause.range,
    message,
  };
}
