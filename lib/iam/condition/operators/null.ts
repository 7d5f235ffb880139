/** `Null`: tests whether a key is absent (`"true"`) or present (`"false"`). */
import type { ConditionOperator } from "../operator";

/**
 * `Null`. Its `matches` receives `"true"` when the key is absent and `"false"` when present
 * (the clause evaluator supplies that), so the policy value is compared as a boolean.
 */
export const Null: ConditionOperator = {
  name: "Null",
  negated: false,
  variables: false,
  wildcards: false,
  compile: (v) => v.toLowerCase(),
  matches: (r, p) => r === p,
};
