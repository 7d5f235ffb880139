/** `Bool` and `BinaryEquals`. */
import type { ConditionOperator } from "../operator";

/** `Bool`: `true`/`false`, compared ignoring case. */
export const Bool: ConditionOperator = {
  name: "Bool",
  negated: false,
  variables: false,
  wildcards: false,
  compile: (v) => v.toLowerCase(),
  matches: (r, p) => r.toLowerCase() === p,
  equality: "folded",
};

/** `BinaryEquals`: base64-encoded values compared byte for byte (as text). */
export const BinaryEquals: ConditionOperator = {
  name: "BinaryEquals",
  negated: false,
  variables: false,
  wildcards: false,
  compile: (v) => v,
  matches: (r, p) => r === p,
  equality: "exact",
};
