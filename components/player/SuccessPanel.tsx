"use client";

import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { lessonStatus, shareText } from "@/lib/progress";
import { useAppStore } from "@/components/store";
import { ShareBox } from "@/components/course/ShareBox";
import styles from "./Player.module.css";

export interface LessonLink {
  id: string;
  title: string;
}

/** Where a course lesson sits: its module (to tell when it is finished) and the whole course. */
export interface CoursePlace {
  module: { title: string; learned: readonly string[]; lessonIds: readonly string[] };
  course: { lessonIds: readonly string[]; modules: number };
}

/**
 * Shown when the learner passes every check: the debrief, the AWS page to read next, what a
 * finished module or course taught with a text to share, and the way on.
 */
export function SuccessPanel({
  debrief,
  readNext,
  next,
  place,
  onKeepEditing,
}: {
  debrief: ReactNode;
  readNext?: { title: string; url: string };
  next: LessonLink | null;
  place?: CoursePlace;
  onKeepEditing: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const progress = useAppStore((s) => s.progress);
  const allDone = (ids: readonly string[]) =>
    ids.length > 0 && ids.every((id) => lessonStatus(progress, id) === "done");
  const courseDone = place !== undefined && allDone(place.course.lessonIds);
  const moduleDone = place !== undefined && allDone(place.module.lessonIds);
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
      {readNext && (
        <p className={styles.readNext}>
          Read next in the AWS documentation:{" "}
          <a href={readNext.url} target="_blank" rel="noopener noreferrer">
            {readNext.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      {place && (courseDone || moduleDone) && (
        <div className={styles.milestone} data-testid="milestone">
          <h3 className={styles.milestoneTitle}>
            {courseDone ? "Course complete" : `Module complete: ${place.module.title}`}
          </h3>
          {courseDone ? (
            <p>
              You finished all {place.course.lessonIds.length} lessons. You can read, write and
              debug IAM policies of every type, and tell why AWS allows or denies a request.
            </p>
          ) : (
            <ul>
              {place.module.learned.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
          <ShareBox
            text={
              courseDone
                ? shareText({
                    course: true,
                    lessons: place.course.lessonIds.length,
                    modules: place.course.modules,
                  })
                : shareText({
                    module: place.module.title,
                    lessons: place.module.lessonIds.length,
                  })
            }
          />
        </div>
      )}
      <div className={styles.actions}>
        {next ? (
          <Link className="btn btn-primary" href={`/learn/${next.id}`}>
            Next lesson: {next.title}
          </Link>
        ) : (
          place && <p>You finished the last lesson of the course.</p>
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
