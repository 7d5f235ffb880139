/** Errors as AWS services return them: a code, a message and an HTTP status. */

/** A service error (the CLI prints it and exits 254). */
export interface ApiError {
  readonly apiError: true;
  code: string;
  message: string;
  status: number;
}

/** Builds an {@link ApiError}. */
export function apiError(code: string, message: string, status = 400): ApiError {
  return { apiError: true, code, message, status };
}

/** True for an {@link ApiError}. */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === "object" && value !== null && (value as ApiError).apiError === true;
}

/** IAM entity kinds as error messages name them. */
export type EntityNoun = "user" | "group" | "role" | "instance profile";

const CAPITAL: Record<EntityNoun, string> = {
  user: "User",
  group: "Group",
  role: "Role",
  "instance profile": "Instance Profile",
};

/** `NoSuchEntity`: `The user with name carol cannot be found.` */
export function noSuchEntity(noun: EntityNoun, name: string): ApiError {
  return apiError("NoSuchEntity", `The ${noun} with name ${name} cannot be found.`, 404);
}

/** `EntityAlreadyExists`: `User with name carol already exists.` */
export function entityExists(noun: EntityNoun, name: string): ApiError {
  return apiError("EntityAlreadyExists", `${CAPITAL[noun]} with name ${name} already exists.`, 409);
}

/** `LimitExceeded`: `Cannot exceed quota for PoliciesPerUser: 10`. */
export function quotaExceeded(quota: string, limit: number): ApiError {
  return apiError("LimitExceeded", `Cannot exceed quota for ${quota}: ${limit}`, 409);
}

/** `DeleteConflict` with AWS's wording. */
export function deleteConflict(message: string): ApiError {
  return apiError("DeleteConflict", message, 409);
}

/** `NoSuchEntity` for a policy ARN. */
export function noSuchPolicy(arn: string): ApiError {
  return apiError("NoSuchEntity", `Policy ${arn} does not exist or is not attachable.`, 404);
}
