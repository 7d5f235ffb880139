/** The shape every condition operator shares (one small object per operator). */

/** A condition operator such as `StringEquals`, without `ForAnyValue:`/`ForAllValues:` or `IfExists`. */
export interface ConditionOperator {
  /** The operator's name as written in policies, e.g. `StringNotLike`. */
  readonly name: string;
  /**
   * True for negated operators (`StringNotEquals`, `NotIpAddress`, `ArnNotLike`, ...): their
   * policy values are NORed and a missing key makes them true.
   */
  readonly negated: boolean;
  /** True when policy variables (`${aws:username}`) are resolved in this operator's values. */
  readonly variables: boolean;
  /** True when `*` and `?` in policy values are wildcards (`StringLike`, `ArnLike`, ...). */
  readonly wildcards: boolean;
  /**
   * Turns one policy value into the form `matches` expects, once per prepared policy (or per
   * request when the value holds a policy variable). Returns undefined for a value that can
   * never match (an invalid number, date, CIDR...).
   */
  compile(policyValue: string): unknown;
  /** The positive test of one request value against one compiled policy value (before negation). */
  matches(requestValue: string, compiled: unknown): boolean;
  /**
   * Optional promise about `matches`, so the evaluator can inline it: `"exact"` when it is
   * `requestValue === compiled`, `"folded"` when it is `requestValue.toLowerCase() === compiled`.
   */
  readonly equality?: "exact" | "folded";
}
