import type { Catalog } from "../catalog";
import type { JsonNode, PolicyType, SourceRange } from "../types";
import type { PolicyView } from "./model";

/** How much a finding matters, in IAM Access Analyzer's four grades. */
export type Severity = "error" | "security-warning" | "warning" | "suggestion";

/** One text change: replace `length` characters at `offset` with `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * A machine-applicable fix. `edits` change the source text; `replaceWith`, when present, is the
 * new string value of the element at the finding's path (what an editor shows as "did you mean").
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  replaceWith?: string;
}

/** One lint finding, placed by JSON path and source position (1-based line and column). */
export interface Finding {
  code: string;
  severity: Severity;
  /** For a learner: what is wrong, why it matters, what to do. */
  message: string;
  path: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  fix?: Fix;
}

/** Which identity policy quota applies (default `managed`). */
export type IdentityPolicyKind = "managed" | "user" | "group" | "role";

/** Options for `lintPolicy`. */
export interface LintOptions {
  type: PolicyType;
  catalog: Catalog;
  /** For identity policies: which size quota applies. */
  identityKind?: IdentityPolicyKind;
  /** Called when a rule fails internally (the other rules still run); for tests and diagnostics. */
  onInternalError?: (code: string, error: unknown) => void;
}

/** What a rule reports; the context fills in position and severity. */
export interface Report {
  /** The node (or an explicit range) to underline. */
  at: JsonNode | SourceRange | undefined;
  path: string;
  message: string;
  fix?: Fix;
  /** Overrides the rule's default severity. */
  severity?: Severity;
}

/** Everything a rule may look at. */
export interface RuleContext {
  readonly text: string;
  readonly view: PolicyView;
  readonly type: PolicyType;
  readonly catalog: Catalog;
  readonly options: LintOptions;
}

/** One lint rule: a stable code, a default severity, and a check. */
export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  /** One line on what the rule looks for (documentation, rule lists). */
  readonly description: string;
  check(ctx: RuleContext, report: (r: Report) => void): void;
}
