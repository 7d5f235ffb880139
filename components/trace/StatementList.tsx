import type { PolicyTrace, StatementRef, StatementTrace } from "@/lib/iam";
import { policyName, statementName } from "./flow";
import styles from "./Trace.module.css";

export interface StatementActions {
  /** Highlights a statement in its editor; absent or false when it is not in an editor. */
  canShow?: (ref: StatementRef) => boolean;
  onShow?: (ref: StatementRef) => void;
}

function ShowButton({
  statement,
  canShow,
  onShow,
}: { statement: StatementRef } & StatementActions) {
  if (!onShow || !canShow?.(statement)) return null;
  return (
    <button type="button" className={styles.linkButton} onClick={() => onShow(statement)}>
      Show in editor<span className="visually-hidden">: {statementName(statement)}</span>
    </button>
  );
}

function StatementOutcome({ trace, ...actions }: { trace: StatementTrace } & StatementActions) {
  const { statement, matched, reasons } = trace;
  return (
    <li className={styles.statement} data-matched={matched}>
      <span className={matched ? styles.matched : styles.unmatched}>
        {matched ? "✓ matches" : "✗ does not match"}
      </span>{" "}
      <span className={styles.effect}>{statement.effect}</span>{" "}
      <code>{statementName(statement)}</code>
      {!matched && reasons.length > 0 && (
        <ul className={styles.reasons}>
          {reasons.map((r, i) => (
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      )}{" "}
      <ShowButton statement={statement} {...actions} />
    </li>
  );
}

/** The statements of each policy a step consulted, each with whether and why it matched. */
export function PolicyStatements({
  policies,
  ...actions
}: { policies: PolicyTrace[] } & StatementActions) {
  if (policies.length === 0) return <p className={styles.muted}>No policies of this kind apply.</p>;
  return (
    <ul className={styles.policies}>
      {policies.map((p) => (
        <li key={p.policy.id}>
          <span className={styles.policyName}>{p.policy.label ?? p.policy.id}</span>
          {p.statements.length === 0 ? (
            <p className={styles.muted}>This policy has no statements.</p>
          ) : (
            <ul className={styles.statements}>
              {p.statements.map((s) => (
                <StatementOutcome key={s.statement.path} trace={s} {...actions} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A plain list of statement references (matched Denies, deciding statements). */
export function StatementRefs({ refs, ...actions }: { refs: StatementRef[] } & StatementActions) {
  if (refs.length === 0) return null;
  return (
    <ul className={styles.statements}>
      {refs.map((ref) => (
        <li key={`${ref.policy.id}/${ref.path}`} className={styles.statement}>
          <span className={styles.effect}>{ref.effect}</span> <code>{statementName(ref)}</code> in{" "}
          {policyName(ref.policy)} <ShowButton statement={ref} {...actions} />
        </li>
      ))}
    </ul>
  );
}
