"use client";

import type { ReactNode } from "react";
import type { GradeResult } from "@/lib/lessons";
import styles from "./Player.module.css";

/** The id the least-privilege check uses in the list and for its trace. */
export const LEAST_PRIVILEGE_ID = "least-privilege";
const LEAST_PRIVILEGE_NAME = "Least privilege: allows nothing more than needed";

/** An answer slot, as the check list names it when its text cannot be read. */
export interface SlotName {
  id: string;
  label: string;
}

export interface CheckListProps {
  grade: GradeResult | null;
  /** The lesson's answer slots (named in "not checked yet" reasons when there are several). */
  slots?: readonly SlotName[];
  /** True while the learner's latest edit has not been graded yet. */
  stale?: boolean;
  /** The check whose explanation is open. */
  openCheckId: string | null;
  onWhy: (checkId: string) => void;
  /** Shown inside the open check's row, right under it (the "Why?" trace). */
  detail?: ReactNode;
}

interface Row {
  id: string;
  name: string;
  passed: boolean;
  reason: string;
  extra?: string;
  explainable: boolean;
  /** Not run, because an answer cannot be read. */
  pending?: boolean;
}

/**
 * When an answer cannot be parsed no check runs. The parser's message is shown once, beside the
 * editor; the checks only say where to look: "Not checked yet: the policy has an error on line 7."
 */
export function notCheckedReason(
  grade: GradeResult,
  slots: readonly SlotName[] = [],
): string | null {
  const broken = Object.entries(grade.parseErrors).find(([, errors]) => errors.length > 0);
  if (!broken) return null;
  const [slotId, errors] = broken;
  const label = slots.length > 1 ? slots.find((s) => s.id === slotId)?.label : undefined;
  const what = label ? `“${label}”` : "the policy";
  return `Not checked yet: ${what} has an error on line ${errors[0].line}.`;
}

function rows(grade: GradeResult, slots?: readonly SlotName[]): Row[] {
  const notChecked = notCheckedReason(grade, slots);
  const out: Row[] = grade.checks.map((c) => ({
    id: c.id,
    name: c.name,
    passed: c.passed,
    reason: notChecked ?? c.explanation,
    extra: c.request,
    explainable: c.decision !== undefined,
    pending: notChecked !== null,
  }));
  const lp = grade.leastPrivilege;
  if (lp && notChecked) {
    out.push({
      id: LEAST_PRIVILEGE_ID,
      name: LEAST_PRIVILEGE_NAME,
      passed: false,
      reason: notChecked,
      explainable: false,
      pending: true,
    });
  } else if (lp) {
    const ce = lp.counterexample;
    out.push({
      id: LEAST_PRIVILEGE_ID,
      name: LEAST_PRIVILEGE_NAME,
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
export function CheckList({
  grade,
  slots,
  stale = false,
  openCheckId,
  onWhy,
  detail,
}: CheckListProps) {
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
      {rows(grade, slots).map((row) => {
        const nameId = `check-name-${row.id}`;
        return (
          <li
            key={row.id}
            className={`${styles.check} ${row.passed ? styles.pass : row.pending ? styles.pending : styles.fail}`}
            data-testid={`check-${row.id}`}
            data-passed={row.passed}
            data-pending={row.pending ? true : undefined}
          >
            <span className={styles.checkIcon} aria-hidden="true">
              {row.passed ? "✓" : row.pending ? "–" : "✗"}
            </span>
            <div className={styles.checkBody}>
              <p className={styles.checkName} id={nameId}>
                <span className="visually-hidden">
                  {row.passed ? "Passed: " : row.pending ? "Not checked: " : "Failed: "}
                </span>
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
            {openCheckId === row.id && detail && <div className={styles.checkDetail}>{detail}</div>}
          </li>
        );
      })}
    </ul>
  );
}

/** One sentence summing up the grade, for the live region. */
export function gradeSummary(grade: GradeResult | null, slots?: readonly SlotName[]): string {
  if (!grade) return "";
  const notChecked = notCheckedReason(grade, slots);
  if (notChecked) return notChecked;
  const all = rows(grade);
  const passed = all.filter((r) => r.passed).length;
  return `${passed} of ${all.length} checks pass.`;
}
