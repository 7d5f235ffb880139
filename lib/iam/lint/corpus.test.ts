import { describe, expect, it } from "vitest";
import { loadNodeCatalog } from "../catalog/node";
import { CORPUS } from "./corpus.cases";
import { lintPolicy } from "./lint";

const catalog = loadNodeCatalog();

describe("lint corpus of correct real-world policies", () => {
  it("given the corpus, when counted, then it holds at least 30 policies", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });
  for (const c of CORPUS) {
    it(`given "${c.name}" (${c.type}), when linted, then there is no error or warning`, () => {
      const text = JSON.stringify(c.policy, null, 2);
      const serious = lintPolicy(text, { type: c.type, catalog }).filter(
        (f) => f.severity !== "suggestion",
      );
      expect(serious).toEqual([]);
    });
  }
});
