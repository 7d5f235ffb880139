/**
 * A stand-in for `PolicyEditor` in jsdom tests, where Monaco cannot run: a textarea with the
 * editor's aria-label and value that reports edits, and shows the highlight and marker count as
 * data attributes. Use it with
 * `vi.mock("@/components/editor/PolicyEditor", () => import("@/components/editor/testing"))`.
 */
export function PolicyEditor(props: {
  value: string;
  onChange?: (v: string) => void;
  ariaLabel: string;
  highlight?: unknown;
  markers?: unknown[];
}) {
  return (
    <textarea
      aria-label={props.ariaLabel}
      value={props.value}
      data-testid="editor"
      data-highlight={props.highlight ? JSON.stringify(props.highlight) : ""}
      data-markers={props.markers?.length ?? 0}
      onChange={(e) => props.onChange?.(e.target.value)}
    />
  );
}
