"use client";

import { useAppStore } from "@/components/store";
import { downloadText } from "./download";
import styles from "./Course.module.css";

/**
 * Explains when progress is not being kept: storage unavailable (private mode, full quota), or
 * the stored value cannot be read (corrupted, or written by a newer version). For the latter it
 * offers to download the raw data and to start fresh, instead of failing silently.
 */
export function PersistenceNotice() {
  const persistence = useAppStore((s) => s.persistence);
  const setPersistence = useAppStore((s) => s.setPersistence);

  if (persistence.status === "unavailable") {
    return (
      <div className={`${styles.notice} ${styles.warn}`} role="status" data-testid="storage-notice">
        <strong>Your progress will not be kept.</strong> This browser is not letting the site save
        data ({persistence.reason}). You can keep working; export your progress from the course page
        before you close this tab.
      </div>
    );
  }
  if (persistence.status !== "corrupted") return null;

  const download = () =>
    downloadText(
      `least-privilege-saved-data-${new Date().toISOString().slice(0, 10)}.txt`,
      persistence.raw,
      "text/plain",
    );
  return (
    <div className={`${styles.notice} ${styles.bad}`} role="alert" data-testid="recovery-notice">
      <p className={styles.noticeTitle}>
        <strong>
          {persistence.newer
            ? "Your saved progress comes from a newer version of Least Privilege."
            : "Your saved progress could not be read."}
        </strong>
      </p>
      <p>
        {persistence.newer
          ? "Reload the page to get the newest version. Until then, nothing you do here is saved, so the newer data stays safe."
          : `The stored data is damaged (${persistence.reason}). Nothing is saved until you choose what to do.`}
      </p>
      <div className={styles.noticeActions}>
        <button type="button" className="btn" onClick={download}>
          Download the saved data
        </button>
        <button type="button" className="btn" onClick={() => setPersistence({ status: "ready" })}>
          Start fresh
        </button>
      </div>
    </div>
  );
}
