import { parseJson } from "../parse/json";
import type { SourceRange } from "../types";
import { buildView } from "./model";
import { LINT_RULES } from "./rules";
import { policyTooLarge } from "./rules/size";
import type { Finding, LintOptions, Report, Rule, RuleContext } from "./types";

/** Texts longer than this are not parsed: they are far beyond every policy quota. */
const MAX_TEXT = 200_000;
/** At most this many findings are returned. */
const MAX_FINDINGS = 500;

/** Severity order for sorting: errors first. */
const RANK = { error: 0, "security-warning": 1, warning: 2, suggestion: 3 } as const;

/**
 * Lints a policy document given as text (which may be malformed JSON) and returns findings,
 * each with a code, severity, learner-facing message, JSON path, source position and, where one
 * exists, a machine-applicable fix. Never throws; bounded time on any input.
 * The catalog answers service questions; services it has not loaded are skipped, not reported.
 */
export function lintPolicy(text: string, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const push = (rule: Rule, r: Report) => {
    if (findings.length >= MAX_FINDINGS) return;
    const at = r.at && ("kind" in r.at ? r.at.range : r.at);
    const range: SourceRange = at ?? { offset: 0, length: 0, line: 1, column: 1 };
    const finding: Finding = {
      code: rule.code,
      severity: r.severity ?? rule.severity,
      message: r.message,
      path: r.path,
      line: range.line,
      column: range.column,
      offset: range.offset,
      length: range.length,
    };
    if (r.fix) finding.fix = r.fix;
    findings.push(finding);
  };
  try {
    const input = typeof text === "string" ? text : String(text);
    const ctxBase = { text: input, type: options.type, catalog: options.catalog, options };
    if (input.length > MAX_TEXT) {
      policyTooLarge.check(
        { ...ctxBase, view: { root: { kind: "null", value: null }, statements: [] } },
        (r) => push(policyTooLarge, r),
      );
      return findings;
    }
    const parsed = parseJson(input);
    if (!parsed.value) {
      for (const d of parsed.errors) {
        findings.push({
          code: "json-syntax",
          severity: "error",
          message: `${d.message}. The policy must be valid JSON before anything else can be checked.`,
          path: d.path,
          line: d.line,
          column: d.column,
          offset: d.offset,
          length: d.length,
        });
      }
      return findings;
    }
    const ctx: RuleContext = { ...ctxBase, view: buildView(parsed.value) };
    for (const rule of Object.values(LINT_RULES)) {
      try {
        rule.check(ctx, (r) => push(rule, r));
      } catch (error) {
        // A rule that fails on strange input must not hide the other findings.
        options.onInternalError?.(rule.code, error);
      }
    }
  } catch (error) {
    // Never throw: return what was found so far.
    options.onInternalError?.("lint", error);
  }
  return findings.sort(
    (a, b) =>
      a.offset - b.offset || RANK[a.severity] - RANK[b.severity] || a.code.localeCompare(b.code),
  );
}
