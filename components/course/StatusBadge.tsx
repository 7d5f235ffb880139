import type { LessonStatus } from "@/lib/progress";
import styles from "./Course.module.css";

const LABEL: Record<LessonStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
};

/** A lesson's status as a badge with words (never colour alone). */
export function StatusBadge({ status }: { status: LessonStatus }) {
  return (
    <span className={`${styles.badge} ${styles[`badge-${status}`]}`} data-status={status}>
      <span aria-hidden="true">
        {status === "done" ? "✓" : status === "in-progress" ? "◐" : "○"}
      </span>
      {LABEL[status]}
    </span>
  );
}
