import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { closest, closestCandidates, editDistance, toCandidates } from "./suggest";

describe("editDistance", () => {
  it("given two words, when compared, then it counts insertions, deletions and substitutions ignoring case", () => {
    expect(editDistance("GetObject", "getobject")).toBe(0);
    expect(editDistance("GetObjekt", "GetObject")).toBe(1);
    expect(editDistance("ListBuckets", "ListBucket")).toBe(1);
    expect(editDistance("abc", "xyz")).toBe(3);
  });
  it("given a bound, when the distance exceeds it, then it stops early with bound + 1", () => {
    expect(editDistance("completely", "different", 2)).toBe(3);
  });
});

describe("closest", () => {
  it("given candidates, when asked, then the nearest come first and far ones are left out", () => {
    expect(closest("GetObjekt", ["PutObject", "GetObject", "DeleteBucket"])).toEqual([
      "GetObject",
      "PutObject",
    ]);
    expect(closest("zzzzzz", ["GetObject"])).toEqual([]);
  });
});

/** Full Levenshtein table, no bounds: the reference the pruned search must agree with. */
function reference(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

function referenceClosest(word: string, candidates: string[], limit = 3): string[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const d = reference(word, c);
    if (d <= max) scored.push([c, d]);
    else if (lower.length >= 4 && c.toLowerCase().startsWith(lower)) scored.push([c, max]);
  }
  scored.sort((p, q) => p[1] - q[1] || p[0].length - q[0].length || p[0].localeCompare(q[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

describe("closest, pruned by length, letter counts and a diagonal band", () => {
  // A small alphabet, so many pairs are near misses.
  const word = fc.stringMatching(/^[abcAB0]{0,20}$/);
  it("given random words, when searched, then it answers exactly as a full edit-distance table", () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (w, candidates) => {
        expect(closest(w, candidates)).toEqual(referenceClosest(w, candidates));
      }),
      { numRuns: 300 },
    );
  });
  it("given near misses of one word, when searched, then the bounded distance is exact within the bound", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = reference(a, b);
        expect(closestCandidates(a, toCandidates([b]), 1)).toEqual(
          d <= Math.max(2, Math.floor(a.length / 3)) ||
            (a.length >= 4 && b.toLowerCase().startsWith(a.toLowerCase()))
            ? [b]
            : [],
        );
      }),
      { numRuns: 500 },
    );
  });
});
