import type { SourceRange } from "@/lib/iam";
import type { HighlightRange } from "@/components/store";

/**
 * Converts an engine source range (start line/column plus length) into the editor's
 * start/end highlight, measuring the end in the text the range refers to.
 */
export function rangeToHighlight(text: string, range: SourceRange): HighlightRange {
  const end = Math.min(text.length, range.offset + range.length);
  let line = range.line;
  let column = range.column;
  for (let i = range.offset; i < end; i++) {
    if (text[i] === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { startLine: range.line, startColumn: range.column, endLine: line, endColumn: column };
}
