import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { AxeResults, ImpactValue, Result } from "axe-core";

/** axe-core's own bundle, injected from node_modules (never from a CDN). */
const AXE_SOURCE = fs.readFileSync(
  path.resolve(__dirname, "..", "node_modules", "axe-core", "axe.min.js"),
  "utf8",
);

/** The WCAG 2.1 A and AA rule tags (2.0 rules included, as axe splits them by version). */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeOptions {
  /** CSS selectors to scan (default: the whole document). */
  include?: string[];
  /** CSS selectors to leave out of the scan (in addition to nothing by default). */
  exclude?: string[];
  /** Only report violations of these impacts (default: every impact). */
  impacts?: ImpactValue[];
}

/** One violation as readable text: rule, impact, help and every offending node with its fix. */
export function formatViolation(v: Result): string {
  const nodes = v.nodes
    .slice(0, 8)
    .map((n) => {
      const target = n.target.map(String).join(" ");
      const why = n.failureSummary?.replace(/\s*\n\s*/g, "; ") ?? "";
      return `    - ${target}\n      ${n.html.slice(0, 160)}\n      ${why}`;
    })
    .join("\n");
  const more = v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : "";
  return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
}

type ResultType = "violations" | "incomplete" | "passes";

/**
 * Injects axe-core into the page (once) and runs it with the WCAG 2.1 A/AA rules (over `include`
 * when given, else the document, less `exclude`). Returns the rules that were violated, the ones
 * axe could not decide ("incomplete": to review) and the ones that passed; only the result types
 * in `details` (default all three) list every node, the others at most one.
 */
export async function axeResults(
  page: Page,
  options: Omit<AxeOptions, "impacts"> & { details?: ResultType[] } = {},
): Promise<Pick<AxeResults, ResultType>> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(
    async ({ include, exclude, tags, details }) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const context =
        include.length > 0 || exclude.length > 0
          ? { include: include.length > 0 ? include : ["html"], exclude }
          : document;
      return axe.run(context as never, {
        runOnly: { type: "tag", values: tags },
        resultTypes: details,
      });
    },
    {
      include: options.include ?? [],
      exclude: options.exclude ?? [],
      tags: WCAG_21_AA,
      details: options.details ?? ["violations", "incomplete", "passes"],
    },
  )) as AxeResults;
  return {
    violations: results.violations,
    incomplete: results.incomplete,
    passes: results.passes,
  };
}

/**
 * Injects axe-core into the page (once), runs it with the WCAG 2.1 A/AA rules and returns the
 * violations (filtered by impact when asked).
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<Result[]> {
  const { violations } = await axeResults(page, { ...options, details: ["violations"] });
  const impacts = options.impacts;
  return violations.filter((v) => !impacts || (v.impact && impacts.includes(v.impact)));
}

/** The violations as one readable report ("" when there are none). */
export function formatViolations(violations: Result[]): string {
  return violations.map(formatViolation).join("\n\n");
}
