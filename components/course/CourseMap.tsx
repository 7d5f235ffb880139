"use client";

import Link from "next/link";
import {
  courseStanding,
  formatMinutes,
  lessonStatus,
  shareText,
  suggestNext,
  type ModuleStanding,
} from "@/lib/progress";
import { useAppStore } from "@/components/store";
import type { LessonSummary, ModuleView } from "./courseData";
import { ACTIVITY_LABEL } from "./activity";
import { ShareBox } from "./ShareBox";
import { StatusBadge } from "./StatusBadge";
import styles from "./Course.module.css";

const NEXT_HEADING = {
  start: "Start here",
  continue: "Continue where you left off",
  next: "Up next",
  review: "You finished the course",
} as const;

/**
 * The course: its modules in order, each with an introduction, its progress and time left, and
 * its lessons with their status; the lesson to take next is suggested, and any lesson can be
 * opened.
 */
export function CourseMap({ modules }: { modules: readonly ModuleView[] }) {
  const progress = useAppStore((s) => s.progress);
  const loaded = useAppStore((s) => s.persistence.status !== "loading");
  const standing = courseStanding(modules, progress);
  const lessons = modules.flatMap((m) => m.lessons);
  const suggestion = loaded ? suggestNext(lessons, progress) : null;
  const pct = standing.total ? Math.round((standing.done / standing.total) * 100) : 0;
  const numbers = new Map(lessons.map((l, i) => [l.id, i + 1]));

  return (
    <div>
      <div className={styles.overall}>
        <p style={{ margin: 0 }} data-testid="course-progress">
          {standing.total} lessons in {modules.length} modules, about{" "}
          {formatMinutes(standing.minutes)} in all.
          {loaded &&
            ` ${standing.done} of ${standing.total} done` +
              (standing.complete ? "." : `, about ${formatMinutes(standing.minutesLeft)} left.`)}
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

      {suggestion && (
        <section className={styles.card} aria-labelledby="next-title" data-testid="course-next">
          <h2 id="next-title" className={styles.cardTitle}>
            {NEXT_HEADING[suggestion.kind]}
          </h2>
          {standing.complete ? (
            <>
              <p className={styles.cardText}>
                Every lesson is done. Revisit any of them, or try your own policies in the
                playground.
              </p>
              <ShareBox
                text={shareText({ course: true, lessons: standing.total, modules: modules.length })}
              />
            </>
          ) : (
            <>
              <p className={styles.cardText}>
                {suggestion.lesson.module}: {suggestion.lesson.title} (about{" "}
                {suggestion.lesson.estimatedMinutes} min).
              </p>
              <Link className="btn btn-primary" href={`/learn/${suggestion.lesson.id}`}>
                {suggestion.kind === "continue" ? "Continue" : "Start"}: {suggestion.lesson.title}
              </Link>
            </>
          )}
        </section>
      )}

      <nav className={styles.moduleNav} aria-label="Modules">
        <ol>
          {modules.map((m, i) => (
            <li key={m.id}>
              <a href={`#module-${m.id}`}>
                {i + 1}. {m.title}
              </a>
              {loaded && (
                <span className={styles.navCount}>
                  {standing.modules[i].complete ? (
                    <>
                      <span aria-hidden="true">✓ </span>done
                    </>
                  ) : (
                    `${standing.modules[i].done} of ${standing.modules[i].total}`
                  )}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>

      {modules.map((m, i) => {
        const s = standing.modules[i];
        return (
          <section
            key={m.id}
            id={`module-${m.id}`}
            className={styles.module}
            aria-labelledby={`module-title-${m.id}`}
            data-testid={`module-${m.id}`}
          >
            <p className={styles.moduleEyebrow}>Module {i + 1}</p>
            <h2 id={`module-title-${m.id}`} className={styles.moduleTitle}>
              {m.title}
            </h2>
            {m.intro && <p className={styles.moduleIntro}>{m.intro}</p>}
            <p className={styles.moduleStanding} data-testid={`module-standing-${m.id}`}>
              {moduleStandingText(m, s, loaded)}
            </p>
            <ol className={styles.lessonList} start={numbers.get(m.lessons[0]?.id ?? "")}>
              {m.lessons.map((lesson) => (
                <LessonRow
                  key={lesson.id}
                  lesson={lesson}
                  n={numbers.get(lesson.id)!}
                  status={loaded ? lessonStatus(progress, lesson.id) : null}
                  suggested={suggestion?.lesson.id === lesson.id && !standing.complete}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

const lessonsWord = (n: number) => `${n} ${n === 1 ? "lesson" : "lessons"}`;

/** "3 lessons, about 35 min.", then "1 of 3 done, about 20 min left.", then "Module complete." */
function moduleStandingText(m: ModuleView, s: ModuleStanding, loaded: boolean): string {
  const minutes = m.lessons.reduce((sum, l) => sum + l.estimatedMinutes, 0);
  const size = `${lessonsWord(m.lessons.length)}, about ${formatMinutes(minutes)}.`;
  if (!loaded || s.done === 0) return size;
  if (s.complete) return `${size} Module complete.`;
  return `${size} ${s.done} of ${s.total} done, about ${formatMinutes(s.minutesLeft)} left.`;
}

function LessonRow({
  lesson,
  n,
  status,
  suggested,
}: {
  lesson: LessonSummary;
  n: number;
  status: ReturnType<typeof lessonStatus> | null;
  suggested: boolean;
}) {
  return (
    <li
      className={`${styles.lesson} ${suggested ? styles.lessonSuggested : ""}`}
      data-testid={`lesson-${lesson.id}`}
    >
      <span
        className={`${styles.stepNumber} ${status === "done" ? styles.stepDone : ""} ${status === "in-progress" ? styles.stepActive : ""}`}
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
          <span className={styles.activity}>{ACTIVITY_LABEL[lesson.activity]}</span>
          <span>About {lesson.estimatedMinutes} min</span>
          <span>{lesson.difficulty}</span>
          {status && <StatusBadge status={status} />}
          {suggested && <span className={styles.upNext}>Up next</span>}
        </p>
      </div>
    </li>
  );
}
