"use client";

import { useRef, useState } from "react";
import { exportFileName, exportProgress, importProgress } from "@/lib/progress";
import { useAppStore, useAppStoreApi } from "@/components/store";
import { ConfirmDialog } from "@/components/player/ConfirmDialog";
import { downloadText } from "./download";
import styles from "./Course.module.css";

type Message = { tone: "ok" | "bad"; text: string } | null;

/**
 * Export progress to a file, import one (validated, then merged so nothing newer is lost), or
 * reset everything after a confirmation. Results are announced politely; errors assertively.
 */
export function ProgressMenu() {
  const store = useAppStoreApi();
  const mergeProgress = useAppStore((s) => s.mergeProgress);
  const resetProgress = useAppStore((s) => s.resetProgress);
  const setPersistence = useAppStore((s) => s.setPersistence);
  // Damaged saved data (not a newer version's): importing or resetting is the learner's choice
  // of what to keep, so saving resumes and the damaged value is replaced.
  const replacesDamaged = () => {
    const p = store.getState().persistence;
    if (p.status === "corrupted" && !p.newer) {
      setPersistence({ status: "ready" });
      return true;
    }
    return false;
  };
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const onExport = () => {
    const now = Date.now();
    downloadText(exportFileName(now), exportProgress(store.getState().progress, now));
    setMessage({
      tone: "ok",
      text: "Progress exported. Keep the file to restore it on any device.",
    });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProgress(await file.text());
    if (fileRef.current) fileRef.current.value = "";
    if (!result.ok) {
      setMessage({ tone: "bad", text: `Could not import ${file.name}: ${result.error}` });
      return;
    }
    mergeProgress(result.progress);
    const replaced = replacesDamaged();
    const count = Object.keys(result.progress.lessons).length;
    setMessage({
      tone: "ok",
      text:
        `Imported ${file.name}: ${count} lesson${count === 1 ? "" : "s"} merged with your progress (newer work kept).` +
        (replaced ? " It replaces the damaged saved data." : ""),
    });
  };

  return (
    <section className={styles.menu} aria-labelledby="progress-menu-title">
      <h2 id="progress-menu-title" className={styles.menuTitle}>
        Your progress
      </h2>
      <p className={styles.muted}>
        Progress stays in this browser. Export it to move it to another device or keep a backup.
      </p>
      <div className={styles.menuActions}>
        <button type="button" className="btn" onClick={onExport}>
          Export progress
        </button>
        <label className={`btn ${styles.fileLabel}`}>
          Import progress
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            data-testid="import-progress"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" className="btn" onClick={() => setConfirming(true)}>
          Reset progress
        </button>
      </div>
      <p
        className={message?.tone === "bad" ? styles.errorText : styles.okText}
        role={message?.tone === "bad" ? "alert" : "status"}
        data-testid="progress-menu-message"
      >
        {message?.text}
      </p>
      <ConfirmDialog
        open={confirming}
        title="Reset all progress?"
        confirmLabel="Yes, reset everything"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          resetProgress();
          replacesDamaged();
          setConfirming(false);
          setMessage({ tone: "ok", text: "Progress reset. Every lesson is back to not started." });
        }}
      >
        <p>
          This deletes your drafts, attempts and completed lessons in this browser (and in its other
          open tabs). Export first if you may want them back.
        </p>
      </ConfirmDialog>
    </section>
  );
}
