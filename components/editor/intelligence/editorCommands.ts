"use client";

import type * as Monaco from "monaco-editor";
import type { EditorReadyApi } from "../types";

function editorOf(api: EditorReadyApi | null): Monaco.editor.IStandaloneCodeEditor | null {
  return (api?.editor as Monaco.editor.IStandaloneCodeEditor | undefined) ?? null;
}

/** Formats the whole document with the JSON formatter (what Shift+Alt+F does). */
export async function formatDocument(api: EditorReadyApi | null): Promise<void> {
  const editor = editorOf(api);
  if (!editor) return;
  await editor.getAction("editor.action.formatDocument")?.run();
}

/** Moves the cursor to a finding (selecting `length` characters), scrolls to it and focuses. */
export function revealOffset(api: EditorReadyApi | null, offset: number, length = 0): void {
  const editor = editorOf(api);
  const model = editor?.getModel();
  if (!editor || !model) return;
  const start = model.getPositionAt(offset);
  const end = model.getPositionAt(offset + Math.max(0, length));
  editor.setSelection({
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  });
  editor.revealLineInCenterIfOutsideViewport(start.lineNumber);
  editor.focus();
}
