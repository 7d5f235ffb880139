import { describe, expect, it } from "vitest";
import { loadNodeCatalog } from "../catalog/node";
import { lineColumn } from "../parse/json";
import { applyEdits } from "./fix";
import { lintPolicy } from "./lint";
import { RULE_CASES } from "./rules.cases";
import { LINT_RULES } from "./rules";

const catalog = loadNodeCatalog();
const fixesChecked = new Set<string>();

describe("lint rule table", () => {
  it("given the registry, when compared with the table, then every code has a case and there are at least 40", () => {
    const codes = ["json-syntax", ...Object.keys(LINT_RULES)];
    expect(codes.length).toBeGreaterThanOrEqual(40);
    expect(RULE_CASES.map((c) => c.code).sort()).toEqual([...new Set(codes)].sort());
  });

  for (const c of RULE_CASES) {
    const type = c.type ?? "identity";
    it(`given a ${type} policy with the mistake, when linted, then ${c.code} is reported; without it, not`, () => {
      const bad = lintPolicy(c.bad, { type, catalog });
      const hit = bad.find((f) => f.code === c.code);
      expect(hit, JSON.stringify(bad, null, 1)).toBeDefined();
      expect(hit!.message.length).toBeGreaterThan(30);
      expect(hit!.line).toBeGreaterThanOrEqual(1);
      expect(hit!.offset + hit!.length).toBeLessThanOrEqual(c.bad.length);
      expect(lineColumn(c.bad, hit!.offset)).toEqual({ line: hit!.line, column: hit!.column });
      const good = lintPolicy(c.good, { type, catalog });
      expect(good.map((f) => f.code)).not.toContain(c.code);
    });
    it(`given ${c.code} with a fix, when the fix is applied, then the finding goes away`, () => {
      const hit = lintPolicy(c.bad, { type, catalog }).find((f) => f.code === c.code);
      if (!hit?.fix) return;
      fixesChecked.add(c.code);
      const fixed = applyEdits(c.bad, hit.fix.edits);
      const after = lintPolicy(fixed, { type, catalog }).filter(
        (f) => f.code === c.code && f.path === hit.path,
      );
      expect(after).toEqual([]);
    });
  }

  it("given the table, when fixes were applied, then the core did-you-mean fixes were among them", () => {
    for (const code of [
      "unknown-action",
      "unknown-effect-case",
      "missing-version",
      "invalid-version",
      "mfa-bool-deny-without-ifexists",
      "action-resource-mismatch",
    ]) {
      expect(fixesChecked.has(code), code).toBe(true);
    }
  });
});
