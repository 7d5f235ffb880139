import styles from "./Home.module.css";

const STEPS = [
  {
    title: "Read the scenario",
    text: "A team, an account, a bucket or a role, and what each person should and should not be able to do.",
  },
  {
    title: "Write the policy",
    text: "A real JSON policy editor that knows every AWS action and condition key, and catches mistakes as you type.",
  },
  {
    title: "Understand the verdict",
    text: "Each check replays AWS's evaluation step by step and points at the statement that decided it. When you allow too much, you get a concrete request that proves it.",
  },
];

/** Three steps that describe the learning loop. */
export function HowItWorks() {
  return (
    <section className={styles.how} aria-labelledby="how-title">
      <h2 id="how-title">How it works</h2>
      <ol className={styles.howList}>
        {STEPS.map((step, index) => (
          <li key={step.title} className={styles.howItem}>
            <span className={styles.howNumber} aria-hidden="true">
              {index + 1}
            </span>
            <h3>{step.title}</h3>
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
