"use client";

import { useId, useRef, useState } from "react";
import styles from "./Course.module.css";

/**
 * A short text to share, in a read-only box with a "Copy" button. Nothing is sent anywhere: the
 * learner pastes it where they like.
 */
export function ShareBox({ text, label = "Share it" }: { text: string; label?: string }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard.");
    } catch {
      // No clipboard permission: select the text so Ctrl+C copies it.
      box.current?.focus();
      box.current?.select();
      setStatus("Select all and copy: the text is selected.");
    }
  };
  return (
    <div className={styles.share} data-testid="share-box">
      <label htmlFor={id} className={styles.shareLabel}>
        {label}
      </label>
      <textarea id={id} ref={box} className={styles.shareText} readOnly rows={3} value={text} />
      <div className={styles.shareActions}>
        <button type="button" className="btn" onClick={copy}>
          Copy text
        </button>
        <p role="status" className={styles.shareStatus}>
          {status}
        </p>
      </div>
    </div>
  );
}
