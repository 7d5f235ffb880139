import Link from "next/link";
import styles from "./ComingSoon.module.css";

/** A short, honest placeholder for a section that has not shipped yet. */
export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className={styles.box} aria-labelledby="coming-title">
      <p className={styles.tag}>Coming soon</p>
      <h1 id="coming-title">{title}</h1>
      <div className={styles.body}>{children}</div>
      <Link href="/learn" className="btn btn-primary">
        Go to the course
      </Link>
    </section>
  );
}
