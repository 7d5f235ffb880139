import type { z } from "zod";
import type { LessonIssue } from "./crossref";
import { formatPath } from "./jsonPath";

/** Maps zod issues to `{ path, message }` with paths such as `task.checks[2].expect`. */
export function zodIssues(error: z.ZodError): LessonIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
