"use client";

import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import styles from "./Player.module.css";

export interface LessonLink {
  id: string;
  title: string;
}

/** Shown when the learner passes every check: the debrief and the way on. */
export function SuccessPanel({
  debrief,
  next,
  onKeepEditing,
}: {
  debrief: ReactNode;
  next: LessonLink | null;
  onKeepEditing: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className={styles.success}
      aria-labelledby="success-title"
      data-testid="lesson-success"
    >
      <h2 id="success-title" ref={heading} tabIndex={-1} className={styles.successTitle}>
        <span aria-hidden="true">✓ </span>Lesson complete
      </h2>
      <div className={styles.debrief}>{debrief}</div>
      <div className={styles.actions}>
        {next ? (
          <Link className="btn btn-primary" href={`/learn/${next.id}`}>
            Next lesson: {next.title}
          </Link>
        ) : (
          <p>You finished the last lesson of the course.</p>
        )}
        <Link className="btn" href="/learn">
          Back to the course
        </Link>
        <button type="button" className="btn" onClick={onKeepEditing}>
          Keep editing
        </button>
      </div>
    </section>
  );
}
