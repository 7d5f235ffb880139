/** IAM's name rules, checked server-side with AWS's `ValidationError` wording. */
import { apiError, type ApiError } from "./errors";

const NAME = /^[\w+=,.@-]+$/;
const PATH = /^(\u002F)|(\u002F[\u0021-\u007E]+\u002F)$/;

/**
 * Checks an entity name: `[\w+=,.@-]+` and at most `max` characters (64 for users and roles, 128
 * for groups, policies and instance profiles). `member` is the API's member name (`userName`).
 */
export function checkName(value: string, member: string, max: number): ApiError | undefined {
  if (value.length > max)
    return apiError(
      "ValidationError",
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  if (!NAME.test(value))
    return apiError(
      "ValidationError",
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  return undefined;
}

/** Checks a path: `/` or `/a/b/`, at most 512 characters. */
export function checkPath(value: string): ApiError | undefined {
  if (value.length <= 512 && (value === "/" || /^\/[\u0021-\u007E]+\/$/.test(value)))
    return undefined;
  return apiError(
    "ValidationError",
    `1 validation error detected: Value '${value}' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: ${PATH.source}`,
  );
}

/** Checks an inline policy name: 1..128 characters of `[\w+=,.@-]`. */
export function checkPolicyName(value: string): ApiError | undefined {
  return checkName(value, "policyName", 128);
}
