/** A factory for operators that read both values as numbers and compare them in order. */
import { CompileCache } from "../../wildcard/cache";
import type { ConditionOperator } from "../operator";

/** Makes one operator from its name, negation and comparison of request and policy numbers. */
export type OrderedOperatorFactory = (
  name: string,
  negated: boolean,
  cmp: (request: number, policy: number) => boolean,
) => ConditionOperator;

/**
 * An operator factory for values read by `read` (undefined when malformed). Policy values are read
 * once at compile time; request values are read through a bounded cache shared by the family,
 * since the same values recur. A malformed request value matches nothing.
 */
export function orderedOperators(
  read: (value: string) => number | undefined,
): OrderedOperatorFactory {
  const requestValues = new CompileCache<number | null>(1000);
  const readRequest = (v: string): number | null => {
    let n = requestValues.get(v);
    if (n === undefined) n = requestValues.set(v, read(v) ?? null);
    return n;
  };
  return (name, negated, cmp) => ({
    name,
    negated,
    variables: false,
    wildcards: false,
    compile: read,
    matches(r, p) {
      const n = readRequest(r);
      return n !== null && cmp(n, p as number);
    },
  });
}
