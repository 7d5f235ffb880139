"use client";

import Link from "next/link";
import { lessonStatus } from "@/lib/progress";
import { useAppStore } from "@/components/store";
import type { LessonSummary } from "./courseData";
import { StatusBadge } from "./StatusBadge";
import styles from "./Course.module.css";

function byModule(
  lessons: readonly LessonSummary[],
): [string, { lesson: LessonSummary; n: number }[]][] {
  const modules = new Map<string, { lesson: LessonSummary; n: number }[]>();
  lessons.forEach((lesson, i) => {
    const list = modules.get(lesson.module) ?? [];
    list.push({ lesson, n: i + 1 });
    modules.set(lesson.module, list);
  });
  return [...modules];
}

/** The course: modules and their lessons in order, each with its status and time estimate. */
export function CourseMap({ lessons }: { lessons: readonly LessonSummary[] }) {
  const progress = useAppStore((s) => s.progress);
  const loaded = useAppStore((s) => s.persistence.status !== "loading");
  const statuses = lessons.map((l) => lessonStatus(progress, l.id));
  const done = statuses.filter((s) => s === "done").length;
  const minutes = lessons.reduce((sum, l) => sum + l.estimatedMinutes, 0);
  const pct = lessons.length ? Math.round((done / lessons.length) * 100) : 0;

  return (
    <div>
      <div className={styles.overall}>
        <p style={{ margin: 0 }} data-testid="course-progress">
          {lessons.length} lessons, about {minutes} minutes in all.
          {loaded && ` ${done} of ${lessons.length} done.`}
        </p>
        {loaded && (
          <div
            className={styles.bar}
            role="progressbar"
            aria-label="Course progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={pct}
          >
            <div className={styles.barFill} style={{ width: `${pct}%` }} />
          </div>
        )}
      </div>
      {byModule(lessons).map(([module, entries]) => (
        <section key={module} className={styles.module} aria-labelledby={`module-${entries[0].n}`}>
          <h2 id={`module-${entries[0].n}`} className={styles.moduleTitle}>
            {module}
          </h2>
          <ol className={styles.lessonList} start={entries[0].n}>
            {entries.map(({ lesson, n }) => {
              const status = statuses[n - 1];
              return (
                <li key={lesson.id} className={styles.lesson} data-testid={`lesson-${lesson.id}`}>
                  <span
                    className={`${styles.stepNumber} ${loaded && status === "done" ? styles.stepDone : ""} ${loaded && status === "in-progress" ? styles.stepActive : ""}`}
                    aria-hidden="true"
                  >
                    {n}
                  </span>
                  <div>
                    <Link className={styles.lessonLink} href={`/learn/${lesson.id}`}>
                      {lesson.title}
                    </Link>
                    <p className={styles.lessonSummary}>{lesson.summary}</p>
                    <p className={styles.meta}>
                      <span>About {lesson.estimatedMinutes} min</span>
                      <span>{lesson.difficulty}</span>
                      {loaded && <StatusBadge status={status} />}
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
