"use client";

import Link from "next/link";
import { lessonStatus } from "@/lib/progress";
import { useAppStore } from "@/components/store";
import type { LessonSummary } from "./courseData";
import styles from "./Course.module.css";

/** Picks the lesson to continue: the last one opened if unfinished, else the first unfinished. */
export function pickContinue(
  lessons: readonly LessonSummary[],
  status: (id: string) => ReturnType<typeof lessonStatus>,
  lastLessonId: string | null,
): { lesson: LessonSummary; kind: "continue" | "next" | "start" | "review" } | null {
  if (lessons.length === 0) return null;
  const last = lessons.find((l) => l.id === lastLessonId);
  if (last && status(last.id) !== "done") return { lesson: last, kind: "continue" };
  const started = lessons.some((l) => status(l.id) !== "not-started");
  const open = lessons.find((l) => status(l.id) !== "done");
  if (!started) return { lesson: lessons[0], kind: "start" };
  if (open) return { lesson: open, kind: status(open.id) === "in-progress" ? "continue" : "next" };
  return { lesson: lessons[0], kind: "review" };
}

const HEADING = {
  continue: "Continue where you left off",
  next: "Up next",
  start: "Start the course",
  review: "You finished the course",
} as const;

/** "Continue where you left off", or "Start the course" for a new learner. */
export function ContinueCardClient({ lessons }: { lessons: readonly LessonSummary[] }) {
  const progress = useAppStore((s) => s.progress);
  const loaded = useAppStore((s) => s.persistence.status !== "loading");
  const pick = pickContinue(lessons, (id) => lessonStatus(progress, id), progress.lastLessonId);
  if (!pick) return null;
  const kind = loaded ? pick.kind : "start";
  const lesson = loaded ? pick.lesson : lessons[0];
  const cta =
    kind === "start"
      ? "Start the course"
      : kind === "review"
        ? "Review the course"
        : `Continue: ${lesson.title}`;
  return (
    <section className={styles.card} aria-labelledby="continue-title" data-testid="continue-card">
      <h2 id="continue-title" className={styles.cardTitle}>
        {HEADING[kind]}
      </h2>
      <p className={styles.cardText}>
        {kind === "start"
          ? `${lessons.length} lessons, about ${lessons.reduce((s, l) => s + l.estimatedMinutes, 0)} minutes. Your progress stays in this browser.`
          : `${lesson.module}: ${lesson.title} (about ${lesson.estimatedMinutes} min).`}
      </p>
      <Link className="btn btn-primary" href={kind === "review" ? "/learn" : `/learn/${lesson.id}`}>
        {cta}
      </Link>
    </section>
  );
}
