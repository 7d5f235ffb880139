"use client";

import { useEffect, useId, useMemo, useRef } from "react";
import { MotionConfig, motion, useReducedMotion } from "framer-motion";
import type { Decision } from "@/lib/iam";
import { buildFlow, type FlowNode } from "./flow";
import { PolicyStatements, StatementRefs, type StatementActions } from "./StatementList";
import styles from "./Trace.module.css";

export interface TraceFlowProps extends StatementActions {
  decision: Decision;
  /** Heading of the panel, e.g. "Why: Alice can read the reports". */
  title: string;
  /** The request in plain words. */
  request?: string;
  onClose?: () => void;
}

const SIDE = { principal: "caller's account", resource: "resource's account" } as const;

function stepLabel(step: FlowNode["steps"][number], many: boolean): string {
  const parts: string[] = [];
  if (step.level !== undefined)
    parts.push(step.level === 0 ? "organization root" : `level ${step.level}`);
  if (many) parts.push(SIDE[step.side]);
  return parts.join(", ");
}

function NodeBody({ node, ...actions }: { node: FlowNode } & StatementActions) {
  if (node.state === "skipped")
    return <p className={styles.muted}>Not involved in this request.</p>;
  const sides = new Set(node.steps.map((s) => s.side)).size > 1;
  return (
    <>
      {node.note && <p className={styles.note}>{node.note}</p>}
      {node.steps.map((step, i) => (
        <div key={i} className={styles.step}>
          <p className={styles.stepNote}>
            {stepLabel(step, sides) && <strong>{stepLabel(step, sides)}: </strong>}
            {step.note}
          </p>
          <PolicyStatements policies={step.policies} {...actions} />
        </div>
      ))}
      <StatementRefs refs={node.statements} {...actions} />
    </>
  );
}

/**
 * The evaluation trace as an animated walk through AWS's decision steps: explicit deny, SCPs,
 * RCPs, resource policy, identity policies, boundary, session policy, decision. Each step lists
 * the statements consulted and why they matched or not. Motion follows the user's
 * reduced-motion preference. Escape inside the panel closes it (like Close).
 */
export function TraceFlow({ decision, title, request, onClose, ...actions }: TraceFlowProps) {
  const nodes = useMemo(() => buildFlow(decision), [decision]);
  const reduce = useReducedMotion();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus the heading once when the panel opens (not on every re-grade while the learner types).
  useEffect(() => headingRef.current?.focus(), []);
  const decisive = decision.decidedAt;

  return (
    <MotionConfig reducedMotion="user">
      <section
        className={styles.panel}
        aria-labelledby={headingId}
        data-testid="trace-flow"
        onKeyDown={(e) => {
          if (e.key === "Escape" && onClose) {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className={styles.header}>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.title}>
            {title}
          </h3>
          {onClose && (
            <button type="button" className="btn" onClick={onClose}>
              Close<span className="visually-hidden"> the explanation</span>
            </button>
          )}
        </div>
        {request && <p className={styles.request}>{request}</p>}
        <ol className={styles.flow} aria-label="Evaluation steps">
          {nodes.map((node, i) => (
            <motion.li
              key={node.id}
              className={`${styles.node} ${styles[node.tone]} ${node.state === "skipped" ? styles.skipped : ""}`}
              data-node={node.id}
              initial={reduce ? false : { opacity: 0, x: -12 }}
              animate={{ opacity: 1, x: 0 }}
              transition={{ delay: i * 0.12, duration: 0.25 }}
            >
              <details
                open={
                  node.id === decisive ||
                  node.id === "decision" ||
                  (node.id === "explicit-deny" && node.statements.length > 0)
                }
              >
                <summary className={styles.summary}>
                  <span className={styles.nodeTitle}>{node.title}</span>
                  <span className={styles.verdict}>{node.verdict}</span>
                  <span className={styles.question}>{node.question}</span>
                </summary>
                <div className={styles.body}>
                  <NodeBody node={node} {...actions} />
                </div>
              </details>
            </motion.li>
          ))}
        </ol>
      </section>
    </MotionConfig>
  );
}
