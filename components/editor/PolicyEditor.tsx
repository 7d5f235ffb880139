"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import type { PolicyEditorProps } from "./types";
import styles from "./PolicyEditor.module.css";

const MonacoPolicyEditor = dynamic(() => import("./MonacoPolicyEditor"), {
  ssr: false,
  loading: () => (
    <div className={styles.loading} role="status">
      Loading editor…
    </div>
  ),
});

/**
 * A JSON policy editor on Monaco, loaded lazily so pages without an editor stay light.
 * Shows how to leave the editor with the keyboard (Monaco keeps Tab for indentation until
 * Ctrl+M switches Tab to moving focus).
 */
export function PolicyEditor(props: PolicyEditorProps) {
  const hintId = useId();
  return (
    <div className={styles.wrapper} data-testid="policy-editor">
      <div
        className={styles.frame}
        style={{ minHeight: props.height ?? 320 }}
        aria-describedby={hintId}
      >
        <MonacoPolicyEditor {...props} />
      </div>
      <p id={hintId} className={styles.hint}>
        <kbd>Ctrl</kbd>+<kbd>M</kbd> (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd> on Mac) switches{" "}
        <kbd>Tab</kbd> between indenting and moving focus out of the editor.
      </p>
    </div>
  );
}
