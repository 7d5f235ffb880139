"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import Editor, { type OnMount } from "@monaco-editor/react";
import type * as Monaco from "monaco-editor";
import { setupMonaco } from "./monacoSetup";
import type { EditorMarker, PolicyEditorProps } from "./types";
import { usePrefersDark } from "./usePrefersDark";
import { usePolicyIntelligence } from "./intelligence/usePolicyIntelligence";
import { EchoFilter } from "./echoFilter";

const monaco = setupMonaco();
const MARKER_OWNER = "least-privilege";

function severityOf(marker: EditorMarker): Monaco.MarkerSeverity {
  switch (marker.severity) {
    case "error":
      return monaco.MarkerSeverity.Error;
    case "security-warning":
    case "warning":
      return monaco.MarkerSeverity.Warning;
    case "suggestion":
      return monaco.MarkerSeverity.Info;
    default:
      return monaco.MarkerSeverity.Hint;
  }
}

function toMarkerData(marker: EditorMarker): Monaco.editor.IMarkerData {
  const endLine = marker.endLine ?? marker.line;
  const endColumn = marker.endColumn ?? marker.column + Math.max(1, marker.length ?? 1);
  return {
    startLineNumber: marker.line,
    startColumn: marker.column,
    endLineNumber: endLine,
    endColumn,
    severity: severityOf(marker),
    message: marker.message,
    code: marker.code,
  };
}

/** Monaco-backed JSON policy editor. Loaded lazily by `PolicyEditor`. */
export default function MonacoPolicyEditor(props: PolicyEditorProps) {
  const { value, onChange, ariaLabel, path, markers, highlight, height = 320, readOnly } = props;
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<Monaco.editor.IEditorDecorationsCollection | null>(null);
  const onReadyRef = useRef(props.onReady);
  const [mounted, setMounted] = useState(false);
  const echoes = useRef(new EchoFilter(value));
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // Stable, so the editor does not re-subscribe to its content on every render.
  const handleChange = useCallback((next: string | undefined) => {
    const text = next ?? "";
    echoes.current.emitted(text);
    onChangeRef.current?.(text);
  }, []);
  const dark = usePrefersDark();
  const lint = props.lint ?? { type: "identity" as const };
  usePolicyIntelligence(mounted ? editorRef.current : null, monaco, {
    policyType: lint ? lint.type : (props.policyType ?? "identity"),
    lint: lint !== false,
    onLint: props.onLint,
  });

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor as unknown as Monaco.editor.IStandaloneCodeEditor;
    decorations.current = editorRef.current.createDecorationsCollection();
    setMounted(true);
  };

  useEffect(() => {
    if (!mounted || !editorRef.current) return;
    const cleanup = onReadyRef.current?.({ editor: editorRef.current, monaco });
    return typeof cleanup === "function" ? cleanup : undefined;
  }, [mounted]);

  // The editor owns its text while the learner types. A new `value` from outside (an example
  // loaded, a reset, the solution, another tab) replaces it as one undoable edit; the parent's
  // echo of what was typed, even a late one, never does (that would drop keystrokes).
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!mounted || !editor || !model) return;
    if (!echoes.current.isExternal(value, model.getValue())) return;
    if (readOnly) {
      editor.setValue(value);
      return;
    }
    editor.executeEdits("external", [
      { range: model.getFullModelRange(), text: value, forceMoveMarkers: true },
    ]);
    editor.pushUndoStop();
  }, [value, mounted, readOnly]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!mounted || !model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, (markers ?? []).map(toMarkerData));
  }, [markers, mounted, value]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!mounted || !editor || !decorations.current) return;
    if (!highlight) {
      decorations.current.clear();
      return;
    }
    const range = new monaco.Range(
      highlight.startLine,
      highlight.startColumn,
      highlight.endLine,
      highlight.endColumn,
    );
    decorations.current.set([
      {
        range,
        options: {
          isWholeLine: false,
          className: "lp-deciding-statement",
          linesDecorationsClassName: "lp-deciding-gutter",
          hoverMessage: { value: "This statement decided the outcome" },
        },
      },
    ]);
    editor.revealRangeInCenterIfOutsideViewport(range);
  }, [highlight, mounted]);

  return (
    <Editor
      height={height}
      language="json"
      path={path}
      defaultValue={value}
      theme={dark ? "vs-dark" : "vs"}
      onChange={handleChange}
      onMount={handleMount}
      loading={<div className="lp-editor-loading">Loading editor…</div>}
      options={{
        ariaLabel,
        readOnly,
        minimap: { enabled: false },
        fontSize: 14,
        tabSize: 2,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        wordWrap: "on",
        fixedOverflowWidgets: true,
        renderLineHighlight: "line",
        lineNumbersMinChars: 3,
        // Monaco dims the last line number when the text ends in a newline, at 1.8:1 contrast.
        renderFinalNewline: "on",
        // Sticky scroll lines are extra Tab stops (tabindex 0) inside the editor.
        stickyScroll: { enabled: false },
        // Monaco's "paste as" pipeline applies a paste asynchronously, after the providers answer:
        // a Check pressed right after Ctrl+V graded the text from before the paste. Plain paste is
        // applied in the paste event itself.
        pasteAs: { enabled: false },
        accessibilitySupport: "auto",
      }}
    />
  );
}
