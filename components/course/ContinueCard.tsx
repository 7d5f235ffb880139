import Link from "next/link";
import { courseSummaries } from "./courseData";
import { ContinueCardLazy } from "./ContinueCardLazy";
import styles from "./Course.module.css";

/**
 * The home page's "continue where you left off" card. The server renders the "Start the course"
 * card; the client swaps in the learner's own next step after loading saved progress.
 */
export function ContinueCard() {
  const lessons = courseSummaries();
  const first = lessons[0];
  const minutes = lessons.reduce((sum, lesson) => sum + lesson.estimatedMinutes, 0);
  return (
    <ContinueCardLazy lessons={lessons}>
      <section className={styles.card} aria-labelledby="continue-title" data-testid="continue-card">
        <h2 id="continue-title" className={styles.cardTitle}>
          Start the course
        </h2>
        <p className={styles.cardText}>
          {lessons.length} lessons, about {minutes} minutes. Your progress stays in this browser.
        </p>
        <Link className="btn btn-primary" href={first ? `/learn/${first.id}` : "/learn"}>
          Start the course
        </Link>
      </section>
    </ContinueCardLazy>
  );
}
