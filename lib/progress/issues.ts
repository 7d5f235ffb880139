import type { z } from "zod";

/**
 * Formats a JSON path such as `lessons["iam-basics"].drafts["policy"].text` from zod's path parts.
 * @param path the path segments of a validation issue
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || "(top level)";
}

/**
 * Turns the first validation issue into one sentence that names its place.
 * @param error the zod error of a failed `safeParse`
 */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "the value is invalid";
  const where = formatPath(issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : "";
  return `${where}: ${issue.message}${more}`;
}
