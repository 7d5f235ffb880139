import type { EditorMarker } from "../types";

/** A text edit by offsets (what the linter's fixes carry). */
export interface FindingEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * A lint finding as the editor uses it: the linter's `Finding` shape (code, severity, message,
 * JSON path, 1-based line/column, offset/length, optional fix).
 */
export interface LintFinding {
  code: string;
  severity: EditorMarker["severity"];
  message: string;
  path: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  fix?: { title: string; edits: FindingEdit[]; replaceWith?: string };
}

/** The finding as an editor marker, underlining its exact token (at least one character). */
export function findingToMarker(finding: LintFinding): EditorMarker {
  return {
    line: finding.line,
    column: finding.column,
    length: Math.max(1, finding.length),
    severity: finding.severity,
    message: finding.message,
    code: finding.code,
  };
}

/** The title a quick fix shows: `Change to s3:GetObject` when the fix names the new value. */
export function fixTitle(finding: LintFinding): string | undefined {
  if (!finding.fix) return undefined;
  return finding.fix.replaceWith !== undefined
    ? `Change to ${finding.fix.replaceWith}`
    : finding.fix.title;
}

/** Findings whose range overlaps the offsets `[start, end]` (touching counts) and that carry a fix. */
export function fixableFindingsIn(
  findings: readonly LintFinding[],
  start: number,
  end: number,
): LintFinding[] {
  return findings.filter(
    (f) =>
      f.fix &&
      f.fix.edits.length > 0 &&
      f.offset <= end &&
      f.offset + Math.max(1, f.length) >= start,
  );
}

const SEVERITY_ORDER: Record<LintFinding["severity"], number> = {
  error: 0,
  "security-warning": 1,
  warning: 2,
  suggestion: 3,
  info: 4,
};

/** Findings sorted for a list: most severe first, then by position. */
export function sortFindings(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.offset - b.offset,
  );
}

/**
 * What the editor's markers show of a set of findings, as one string: equal strings mean that
 * setting the markers again would change nothing on screen.
 */
export function markerSignature(findings: readonly LintFinding[]): string {
  return findings
    .map((f) => `${f.code}|${f.severity}|${f.offset}|${f.length}|${f.message}`)
    .join("\n");
}

/** What a lint run reports to the page. */
export interface LintReport {
  findings: LintFinding[];
  /** Time the lint itself took, in milliseconds. */
  ms: number;
  /** The model version the findings belong to. */
  versionId: number;
  /** Where the lint ran. */
  where: "main" | "worker";
  /**
   * False while details of a service the document names are still loading: findings that need
   * them (resource types, condition keys) come in a second run as soon as they arrive.
   */
  complete: boolean;
}
