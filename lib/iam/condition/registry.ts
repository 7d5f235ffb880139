/** Every condition operator, by name, and the parsing of qualified operator names. */
import type { ConditionSetOperator } from "../types";
import { CompileCache } from "../wildcard/cache";
import type { ConditionOperator } from "./operator";
import { ArnEquals, ArnLike, ArnNotEquals, ArnNotLike } from "./operators/arn";
import { BinaryEquals, Bool } from "./operators/bool";
import {
  DateEquals,
  DateGreaterThan,
  DateGreaterThanEquals,
  DateLessThan,
  DateLessThanEquals,
  DateNotEquals,
} from "./operators/date";
import { IpAddress, NotIpAddress } from "./operators/ip";
import { Null } from "./operators/null";
import {
  NumericEquals,
  NumericGreaterThan,
  NumericGreaterThanEquals,
  NumericLessThan,
  NumericLessThanEquals,
  NumericNotEquals,
} from "./operators/numeric";
import {
  StringEquals,
  StringEqualsIgnoreCase,
  StringLike,
  StringNotEquals,
  StringNotEqualsIgnoreCase,
  StringNotLike,
} from "./operators/string";

const ALL: ConditionOperator[] = [
  StringEquals,
  StringNotEquals,
  StringEqualsIgnoreCase,
  StringNotEqualsIgnoreCase,
  StringLike,
  StringNotLike,
  NumericEquals,
  NumericNotEquals,
  NumericLessThan,
  NumericLessThanEquals,
  NumericGreaterThan,
  NumericGreaterThanEquals,
  DateEquals,
  DateNotEquals,
  DateLessThan,
  DateLessThanEquals,
  DateGreaterThan,
  DateGreaterThanEquals,
  Bool,
  BinaryEquals,
  IpAddress,
  NotIpAddress,
  ArnEquals,
  ArnLike,
  ArnNotEquals,
  ArnNotLike,
  Null,
];

/** Every condition operator by its policy name (`StringEquals`, `IpAddress`, ...). */
export const CONDITION_OPERATORS: Readonly<Record<string, ConditionOperator>> = Object.freeze(
  Object.fromEntries(ALL.map((op) => [op.name, op])),
);

/** A qualified operator name taken apart. */
export interface SplitOperator {
  setOperator?: ConditionSetOperator;
  ifExists: boolean;
  /** The base operator, or undefined when the name is not a known operator. */
  operator?: ConditionOperator;
  /** The base name as written (after removing the prefix and `IfExists`). */
  baseName: string;
}

/**
 * Splits `ForAnyValue:StringLikeIfExists` into set operator, base operator and `IfExists`.
 * Operator names are case-sensitive, as in AWS.
 */
export function splitOperator(name: string): SplitOperator {
  return splitCache.get(name) ?? splitCache.set(name, Object.freeze(readOperatorName(name)));
}

const splitCache = new CompileCache<SplitOperator>(500);

function readOperatorName(name: string): SplitOperator {
  let rest = name;
  let setOperator: ConditionSetOperator | undefined;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    const prefix = rest.slice(0, colon);
    if (prefix === "ForAllValues" || prefix === "ForAnyValue") setOperator = prefix;
    else return { ifExists: false, baseName: rest };
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith("IfExists") && rest !== "IfExists") {
    const base = rest.slice(0, -8);
    if (CONDITION_OPERATORS[base] && base !== "Null") {
      ifExists = true;
      rest = base;
    }
  }
  const operator = Object.prototype.hasOwnProperty.call(CONDITION_OPERATORS, rest)
    ? CONDITION_OPERATORS[rest]
    : undefined;
  return { setOperator, ifExists, operator, baseName: rest };
}

/** Suggests the correctly spelled operator for a misspelled one (case or missing letters). */
export function suggestOperator(name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const op of ALL) {
    if (op.name.toLowerCase() === lower) return op.name;
    if (`${op.name}IfExists`.toLowerCase() === lower) return `${op.name}IfExists`;
  }
  return undefined;
}
