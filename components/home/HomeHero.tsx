import Link from "next/link";
import { ContinueCard } from "@/components/course/ContinueCard";
import styles from "./Home.module.css";

/** The home page's opening: what the product is, in two sentences, and the way in. */
export function HomeHero() {
  return (
    <section className={styles.hero} aria-labelledby="home-title">
      <div className={styles.heroText}>
        <p className={styles.eyebrow}>AWS IAM, learned by doing</p>
        <h1 id="home-title" className={styles.title}>
          Write real IAM policies. See exactly why AWS would allow or deny.
        </h1>
        <p className={styles.lead}>
          Least Privilege is an AWS IAM simulator and course that runs entirely in your browser. You
          read a short scenario, write the policies, and an IAM engine checks your work and explains
          every decision, down to the statement that decided it.
        </p>
        <ContinueCard />
        <p className={styles.note}>
          No account, no AWS bill, works offline. Or try any policy in the{" "}
          <Link href="/playground">playground</Link>.
        </p>
      </div>
      <figure className={styles.sample} aria-label="Example of an explained decision">
        <div className={styles.sampleHead}>
          <span className={styles.badBadge}>Denied</span>
          <code>s3:DeleteObject</code>
        </div>
        <p className={styles.sampleText}>
          User <strong>alice</strong> cannot delete <code>reports/q3.pdf</code> because no
          identity-based policy allows <code>s3:DeleteObject</code>.
        </p>
        <ol className={styles.steps} aria-label="Evaluation steps">
          <li>Explicit deny? none</li>
          <li>Organization SCPs: allow</li>
          <li>Resource policy: no match</li>
          <li className={styles.stepBad}>Identity policies: no statement allows it</li>
          <li className={styles.stepBad}>Decision: implicit deny</li>
        </ol>
      </figure>
    </section>
  );
}
