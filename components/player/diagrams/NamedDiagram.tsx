import type { ReactNode } from "react";
import type { DiagramBlock } from "@/lib/lessons";
import styles from "./Diagram.module.css";

function Arrow({ label }: { label?: string }) {
  return (
    <span className={styles.arrow}>
      <svg viewBox="0 0 40 12" width="40" height="12" aria-hidden="true" focusable="false">
        <path d="M0 6h36M31 1l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {label && <span className={styles.arrowLabel}>{label}</span>}
    </span>
  );
}

function Box({
  title,
  children,
  tone,
}: {
  title: string;
  children?: ReactNode;
  tone?: "accent" | "ok";
}) {
  return (
    <div className={`${styles.box} ${tone ? styles[tone] : ""}`}>
      <span className={styles.boxTitle}>{title}</span>
      {children && <span className={styles.boxBody}>{children}</span>}
    </div>
  );
}

const DIAGRAMS: Record<string, () => ReactNode> = {
  "policy-statement-anatomy": () => (
    <div className={styles.row}>
      <Box title="Effect" tone="accent">
        Allow or Deny
      </Box>
      <Box title="Action">
        <code>s3:GetObject</code>
      </Box>
      <Box title="Resource">
        <code>arn:aws:s3:::reports/*</code>
      </Box>
      <Box title="Condition (optional)">when it applies</Box>
    </div>
  ),
  "group-membership": () => (
    <div className={styles.row}>
      <Box title="Users">carol, erin</Box>
      <Arrow label="member of" />
      <Box title="Group" tone="accent">
        Developers
      </Box>
      <Arrow label="has" />
      <Box title="Policy" tone="ok">
        DeveloperAccess
      </Box>
    </div>
  ),
  "resource-policy-principal": () => (
    <div className={styles.row}>
      <Box title="Principal">a user, role or account</Box>
      <Arrow label="calls" />
      <Box title="Resource" tone="accent">
        S3 bucket
      </Box>
      <Arrow label="checked against" />
      <Box title="Bucket policy" tone="ok">
        names the Principal that may act
      </Box>
    </div>
  ),
};

/** A diagram named by lesson content, drawn in HTML/CSS with its text readable by everyone. */
export function NamedDiagram({ block }: { block: DiagramBlock }) {
  const draw = DIAGRAMS[block.name];
  if (!draw && !block.caption) return null;
  return (
    <figure className={styles.figure} data-diagram={block.name}>
      {draw?.()}
      {block.caption && <figcaption className={styles.caption}>{block.caption}</figcaption>}
    </figure>
  );
}
