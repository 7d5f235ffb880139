/** Numeric operators: the request and policy values are read as decimal numbers. */
import { orderedOperators } from "./ordered";

/** Reads a numeric condition value; undefined when it is not a number. */
export function readNumber(v: string): number | undefined {
  const t = v.trim();
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

const numeric = orderedOperators(readNumber);

/** `NumericEquals`. */
export const NumericEquals = numeric("NumericEquals", false, (r, p) => r === p);
/** `NumericNotEquals` (negated `NumericEquals`). */
export const NumericNotEquals = numeric("NumericNotEquals", true, (r, p) => r === p);
/** `NumericLessThan`: request < policy. */
export const NumericLessThan = numeric("NumericLessThan", false, (r, p) => r < p);
/** `NumericLessThanEquals`: request <= policy. */
export const NumericLessThanEquals = numeric("NumericLessThanEquals", false, (r, p) => r <= p);
/** `NumericGreaterThan`: request > policy. */
export const NumericGreaterThan = numeric("NumericGreaterThan", false, (r, p) => r > p);
/** `NumericGreaterThanEquals`: request >= policy. */
export const NumericGreaterThanEquals = numeric(
  "NumericGreaterThanEquals",
  false,
  (r, p) => r >= p,
);
