import type { PathSegment } from "./jsonScan";
import type { CompletionEntry } from "./completions";
import { AWS_PRINCIPAL_TEMPLATES, SERVICE_PRINCIPALS } from "./principalData";

const PRINCIPAL_ELEMENTS = new Set(["Principal", "NotPrincipal"]);

/** Service principals for a `Service` value, with what each is for. */
export function servicePrincipalEntries(): CompletionEntry[] {
  return SERVICE_PRINCIPALS.map(({ principal, description }) => ({
    label: principal,
    kind: "principal",
    insertText: principal,
    detail: description,
    documentation: `The AWS service principal \`${principal}\`: ${description}.`,
    sortText: `1${principal}`,
  }));
}

/** ARN templates (with tab stops) and `*` for an `AWS` value. */
export function awsPrincipalEntries(): CompletionEntry[] {
  return [
    {
      label: "*",
      kind: "principal",
      insertText: "*",
      detail: "Every AWS principal, in any account",
      documentation: "Anyone with AWS credentials: narrow it with a condition or name accounts.",
      sortText: "2",
    },
    ...AWS_PRINCIPAL_TEMPLATES.map(({ label, snippet, description }, i) => ({
      label,
      kind: "principal" as const,
      insertText: snippet,
      snippet: true,
      detail: description,
      sortText: `1${i}`,
    })),
  ];
}

/**
 * Suggestions for a value inside `Principal`/`NotPrincipal` (`inner` is the path inside the
 * statement), or undefined when the cursor is not in a `Service` or `AWS` value there.
 */
export function principalValueEntries(
  inner: readonly PathSegment[],
): CompletionEntry[] | undefined {
  const [element, key] = inner;
  if (typeof element !== "string" || !PRINCIPAL_ELEMENTS.has(element)) return undefined;
  if (inner.length < 2 || inner.length > 3) return undefined;
  if (inner.length === 3 && typeof inner[2] !== "number") return undefined;
  if (key === "Service") return servicePrincipalEntries();
  if (key === "AWS") return awsPrincipalEntries();
  return undefined;
}
