/** String operators: exact, case-insensitive and glob comparisons. */
import { compileWildcard, type WildcardMatcher } from "../../wildcard/wildcard";
import type { ConditionOperator } from "../operator";

function exact(name: string, negated: boolean): ConditionOperator {
  return {
    name,
    negated,
    variables: true,
    wildcards: false,
    compile: (v) => v,
    matches: (r, p) => r === p,
    equality: "exact",
  };
}

function ignoreCase(name: string, negated: boolean): ConditionOperator {
  return {
    name,
    negated,
    variables: true,
    wildcards: false,
    compile: (v) => v.toLowerCase(),
    matches: (r, p) => r.toLowerCase() === p,
    equality: "folded",
  };
}

function like(name: string, negated: boolean): ConditionOperator {
  return {
    name,
    negated,
    variables: true,
    wildcards: true,
    compile: (v) => compileWildcard(v),
    matches: (r, p) => (p as WildcardMatcher).test(r),
  };
}

/** `StringEquals`: case-sensitive exact match. */
export const StringEquals = exact("StringEquals", false);
/** `StringNotEquals`: negated case-sensitive exact match. */
export const StringNotEquals = exact("StringNotEquals", true);
/** `StringEqualsIgnoreCase`: exact match ignoring case. */
export const StringEqualsIgnoreCase = ignoreCase("StringEqualsIgnoreCase", false);
/** `StringNotEqualsIgnoreCase`: negated exact match ignoring case. */
export const StringNotEqualsIgnoreCase = ignoreCase("StringNotEqualsIgnoreCase", true);
/** `StringLike`: case-sensitive glob with `*` and `?`. */
export const StringLike = like("StringLike", false);
/** `StringNotLike`: negated case-sensitive glob. */
export const StringNotLike = like("StringNotLike", true);
