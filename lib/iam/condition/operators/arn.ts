/** ARN operators: each of the six colon-separated parts is matched separately, case-sensitively. */
import { compileArnPattern, type ArnPattern } from "../../arn/arn";
import type { ConditionOperator } from "../operator";

function arn(name: string, negated: boolean): ConditionOperator {
  return {
    name,
    negated,
    variables: true,
    wildcards: true,
    compile: compileArnPattern,
    matches: (r, p) => (p as ArnPattern).test(r),
  };
}

/** `ArnEquals` (wildcards allowed per part, like `ArnLike`). */
export const ArnEquals = arn("ArnEquals", false);
/** `ArnLike`. */
export const ArnLike = arn("ArnLike", false);
/** `ArnNotEquals`. */
export const ArnNotEquals = arn("ArnNotEquals", true);
/** `ArnNotLike`. */
export const ArnNotLike = arn("ArnNotLike", true);
