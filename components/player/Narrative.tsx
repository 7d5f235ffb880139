import type { Block, CalloutBlock, DiagramBlock, MarkdownBlock } from "@/lib/lessons";
import { Markdown } from "./Markdown";
import { NamedDiagram } from "./diagrams/NamedDiagram";
import styles from "./Narrative.module.css";

const TONE_LABEL: Record<CalloutBlock["tone"], string> = {
  info: "Note",
  tip: "Tip",
  warning: "Warning",
  danger: "Danger",
};

function Callout({ block }: { block: CalloutBlock }) {
  return (
    <aside
      className={`${styles.callout} ${styles[block.tone]}`}
      aria-label={block.title ?? TONE_LABEL[block.tone]}
    >
      <p className={styles.calloutTitle}>
        {TONE_LABEL[block.tone]}
        {block.title ? `: ${block.title}` : ""}
      </p>
      <Markdown text={block.text} />
    </aside>
  );
}

/**
 * A lesson's narrative: Markdown, callouts and named diagrams. Block types this UI does not know
 * are skipped (content may name blocks a newer UI adds). Renders on the server.
 */
export function Narrative({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div className={styles.narrative}>
      {blocks.map((block, i) => {
        switch (block.type) {
          case "markdown":
            return <Markdown key={i} text={(block as MarkdownBlock).text} />;
          case "callout":
            return <Callout key={i} block={block as CalloutBlock} />;
          case "diagram":
            return <NamedDiagram key={i} block={block as DiagramBlock} />;
          default:
            return null;
        }
      })}
    </div>
  );
}
