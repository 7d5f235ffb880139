/** Numeric operators: the request and policy values are read as decimal numbers. */
import { CompileCache } from "../../wildcard/cache";
import type { ConditionOperator } from "../operator";

/** Reads a numeric condition value; undefined when it is not a number. */
export function readNumber(v: string): number | undefined {
  const t = v.trim();
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Request numbers already read (`null` for malformed ones): the same values recur. */
const requestNumbers = new CompileCache<number | null>(1000);

function readRequestNumber(v: string): number | null {
  let n = requestNumbers.get(v);
  if (n === undefined) n = requestNumbers.set(v, readNumber(v) ?? null);
  return n;
}

function numeric(
  name: string,
  negated: boolean,
  cmp: (r: number, p: number) => boolean,
): ConditionOperator {
  return {
    name,
    negated,
    variables: false,
    wildcards: false,
    compile: readNumber,
    matches(r, p) {
      const n = readRequestNumber(r);
      return n !== null && cmp(n, p as number);
    },
  };
}

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
