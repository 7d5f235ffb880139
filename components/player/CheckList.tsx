"use client";

import type { GradeResult } from "@/lib/lessons";
import styles from "./Player.module.css";

/** The id the least-privilege check uses in the list and for its trace. */
export const LEAST_PRIVILEGE_ID = "least-privilege";

export interface CheckListProps {
  grade: GradeResult | null;
  /** True while the learner's latest edit has not been graded yet. */
  stale?: boolean;
  /** The check whose explanation is open. */
  openCheckId: string | null;
  onWhy: (checkId: string) => void;
}

interface Row {
  id: string;
  name: string;
  passed: boolean;
  reason: string;
  extra?: string;
  explainable: boolean;
}

function rows(grade: GradeResult): Row[] {
  const out: Row[] = grade.checks.map((c) => ({
    id: c.id,
    name: c.name,
    passed: c.passed,
    reason: c.explanation,
    extra: c.request,
    explainable: c.decision !== undefined,
  }));
  const lp = grade.leastPrivilege;
  if (lp) {
    const ce = lp.counterexample;
    out.push({
      id: LEAST_PRIVILEGE_ID,
      name: "Least privilege: allows nothing more than needed",
      passed: lp.passed,
      reason: lp.explanation,
      extra:
        ce && !lp.explanation.includes(ce.plainWords)
          ? `For example: ${ce.plainWords} is ${ce.direction === "learner-allows-more" ? "allowed by your policy but should be denied" : "denied by your policy but should be allowed"}.`
          : undefined,
      explainable: ce !== undefined,
    });
  }
  return out;
}

/** Each check with pass/fail, its one-line reason and a "Why?" button for its trace. */
export function CheckList({ grade, stale = false, openCheckId, onWhy }: CheckListProps) {
  if (!grade) return <p className={styles.muted}>Checking…</p>;
  return (
    <ul
      role="list"
      aria-label="Checks"
      aria-busy={stale}
      data-stale={stale}
      className={styles.checks}
      data-testid="check-list"
    >
      {rows(grade).map((row) => {
        const nameId = `check-name-${row.id}`;
        return (
          <li
            key={row.id}
            className={`${styles.check} ${row.passed ? styles.pass : styles.fail}`}
            data-testid={`check-${row.id}`}
            data-passed={row.passed}
          >
            <span className={styles.checkIcon} aria-hidden="true">
              {row.passed ? "✓" : "✗"}
            </span>
            <div className={styles.checkBody}>
              <p className={styles.checkName} id={nameId}>
                <span className="visually-hidden">{row.passed ? "Passed: " : "Failed: "}</span>
                {row.name}
              </p>
              <p className={styles.checkReason}>{row.reason}</p>
              {row.extra && <p className={styles.checkExtra}>{row.extra}</p>}
            </div>
            {row.explainable && (
              <button
                type="button"
                className={`btn ${styles.why}`}
                aria-describedby={nameId}
                aria-expanded={openCheckId === row.id}
                data-testid={`why-${row.id}`}
                onClick={() => onWhy(row.id)}
              >
                Why?
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** One sentence summing up the grade, for the live region. */
export function gradeSummary(grade: GradeResult | null): string {
  if (!grade) return "";
  const all = rows(grade);
  const passed = all.filter((r) => r.passed).length;
  return `${passed} of ${all.length} checks pass.`;
}
