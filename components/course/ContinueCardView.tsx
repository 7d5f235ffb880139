import Link from "next/link";
import type { LessonSummary } from "./courseData";
import styles from "./Course.module.css";

import { formatMinutes, type NextKind } from "@/lib/progress";

/** What the card offers: begin, pick up a lesson, the next lesson, or a finished course. */
export type ContinueKind = NextKind;

const HEADING: Record<ContinueKind, string> = {
  continue: "Continue where you left off",
  next: "Up next",
  start: "Start the course",
  review: "You finished the course",
};

/**
 * The "continue" card itself, without state: the server renders it as "start" and the client
 * re-renders it once saved progress is known. Imports no store, so the home page stays light.
 */
export function ContinueCardView({
  kind,
  lesson,
  lessons,
}: {
  kind: ContinueKind;
  lesson: LessonSummary;
  lessons: readonly LessonSummary[];
}) {
  const cta =
    kind === "start"
      ? "Start the course"
      : kind === "review"
        ? "Review the course"
        : `Continue: ${lesson.title}`;
  const minutes = lessons.reduce((sum, l) => sum + l.estimatedMinutes, 0);
  return (
    <section className={styles.card} aria-labelledby="continue-title" data-testid="continue-card">
      <h2 id="continue-title" className={styles.cardTitle}>
        {HEADING[kind]}
      </h2>
      <p className={styles.cardText}>
        {kind === "start"
          ? `${lessons.length} lessons, about ${formatMinutes(minutes)}, starting from the basics. Your progress stays in this browser.`
          : `${lesson.module}: ${lesson.title} (about ${lesson.estimatedMinutes} min).`}
      </p>
      <Link className="btn btn-primary" href={kind === "review" ? "/learn" : `/learn/${lesson.id}`}>
        {cta}
      </Link>
    </section>
  );
}
