import type { PolicyType } from "@/lib/iam";
import type { LintReport } from "./intelligence/findings";

export type { LintReport, LintFinding } from "./intelligence/findings";

/** A diagnostic to underline in the editor (1-based lines and columns). */
export interface EditorMarker {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Length in characters, used when endLine/endColumn are absent. */
  length?: number;
  severity: "error" | "security-warning" | "warning" | "suggestion" | "info";
  message: string;
  code?: string;
}

/** A range to highlight, e.g. the statement that decided an evaluation. */
export interface EditorHighlight {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Props shared by the lazy wrapper and the Monaco implementation. */
export interface PolicyEditorProps {
  /** The document text. */
  value: string;
  /** Called on every edit with the whole text. */
  onChange?: (value: string) => void;
  /** Accessible name of the editor, e.g. "Inline policy of group Developers". */
  ariaLabel: string;
  /** Distinct model path per document so undo stacks and markers do not mix. */
  path?: string;
  markers?: EditorMarker[];
  highlight?: EditorHighlight | null;
  /** Height in CSS pixels (default 320). */
  height?: number;
  readOnly?: boolean;
  /**
   * Lint while typing, as this policy type (default `{ type: "identity" }`); `false` turns lint
   * markers off. The type also picks the JSON schema and completions.
   */
  lint?: { type: PolicyType } | false;
  /** Policy type for the schema and completions when `lint` is false (default identity). */
  policyType?: PolicyType;
  /** Called after each lint run with the findings and the time the lint took. */
  onLint?: (report: LintReport) => void;
  /** Extension point for editor intelligence (completion, hover, code actions). */
  onReady?: (api: EditorReadyApi) => void | (() => void);
}

/** What the Monaco implementation hands to `onReady`: the editor and the monaco namespace. */
export interface EditorReadyApi {
  // typed loosely so non-editor code never imports monaco's types
  editor: unknown;
  monaco: unknown;
}
