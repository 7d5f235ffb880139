/**
 * Evaluating one condition clause (`operator: { key: values }`) against the request context.
 *
 * Values of one key are ORed (NORed for negated operators). A missing key makes the clause
 * false, except for negated operators and `...IfExists` (true) and `ForAllValues:` (true).
 * `Null` tests presence. Multi-valued keys without a set operator match when any value does.
 */
import type { ConditionClause, ConditionFailure, PolicyVersion } from "../types";
import { CompileCache } from "../wildcard/cache";
import { compileWildcardTokens } from "../wildcard/wildcard";
import type { ConditionOperator } from "./operator";
import { CONDITION_OPERATORS, splitOperator } from "./registry";
import {
  describeResolved,
  parseTemplate,
  resolveText,
  resolveTokens,
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
  templates: TemplatePart[][];
}

/** Compiles a parsed clause; `version` decides whether `${...}` is a variable or literal text. */
export function compileClause(clause: ConditionClause, version: PolicyVersion): CompiledClause {
  const split = splitOperator(clause.operator);
  const op = split.operator ?? CONDITION_OPERATORS[clause.baseOperator];
  if (!op) throw new Error(`Unknown condition operator ${clause.operator}`);
  const statics: unknown[] = [];
  const templates: TemplatePart[][] = [];
  for (const v of clause.values) {
    const parts = version === "2012-10-17" && op.variables ? parseTemplate(v.value) : undefined;
    if (parts) templates.push(parts);
    else statics.push(compileValue(op, v.value));
  }
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

const valueCache = new CompileCache<{ compiled: unknown }>();

/** Compiles one static policy value for an operator (memoised: compiled values are immutable). */
function compileValue(op: ConditionOperator, value: string): unknown {
  const key = op.name + "\u0000" + value;
  return (valueCache.get(key) ?? valueCache.set(key, { compiled: op.compile(value) })).compiled;
}

function compileTemplate(c: CompiledClause, parts: TemplatePart[], lookup: ContextLookup): unknown {
  if (c.op.wildcards && c.op.name.startsWith("String")) {
    const tokens = resolveTokens(parts, lookup);
    return tokens === undefined ? undefined : compileWildcardTokens(tokens);
  }
  const text = resolveText(parts, lookup);
  return text === undefined ? undefined : c.op.compile(text);
}

function anyMatch(c: CompiledClause, r: string, lookup: ContextLookup): boolean {
  const op = c.op;
  for (let i = 0; i < c.statics.length; i++) {
    const p = c.statics[i];
    if (p !== undefined && op.matches(r, p)) return true;
  }
  for (let i = 0; i < c.templates.length; i++) {
    const p = compileTemplate(c, c.templates[i], lookup);
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
