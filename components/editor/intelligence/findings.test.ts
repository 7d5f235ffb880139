import { describe, expect, it } from "vitest";
import {
  findingToMarker,
  fixTitle,
  fixableFindingsIn,
  markerSignature,
  sortFindings,
  type LintFinding,
} from "./findings";

const base = { path: "Statement[0].Action", line: 3, column: 15, message: "m" };
const typo: LintFinding = {
  ...base,
  code: "unknown-action",
  severity: "error",
  offset: 40,
  length: 14,
  fix: {
    title: 'Replace with "s3:GetObject"',
    replaceWith: "s3:GetObject",
    edits: [{ offset: 40, length: 14, text: '"s3:GetObject"' }],
  },
};
const note: LintFinding = {
  ...base,
  code: "missing-sid",
  severity: "suggestion",
  offset: 10,
  length: 0,
};

describe("findings", () => {
  it("given a fix that names a value, when titled, then it reads Change to that value", () => {
    expect(fixTitle(typo)).toBe("Change to s3:GetObject");
    expect(fixTitle(note)).toBeUndefined();
  });

  it("given a cursor touching the finding's token, when fixes are looked up, then the fixable finding comes back", () => {
    expect(fixableFindingsIn([typo, note], 45, 45)).toEqual([typo]);
    expect(fixableFindingsIn([typo, note], 54, 54)).toEqual([typo]);
    expect(fixableFindingsIn([typo, note], 55, 60)).toEqual([]);
  });

  it("given a zero-length finding, when turned into a marker, then it still underlines one character", () => {
    expect(findingToMarker(note)).toMatchObject({
      line: 3,
      column: 15,
      length: 1,
      severity: "suggestion",
    });
  });

  it("given mixed severities, when sorted, then errors come first", () => {
    expect(sortFindings([note, typo]).map((f) => f.code)).toEqual([
      "unknown-action",
      "missing-sid",
    ]);
  });
});

describe("markerSignature", () => {
  it("given the same findings from a second lint run, then the signature is equal", () => {
    expect(markerSignature([typo, note])).toBe(markerSignature([{ ...typo }, { ...note }]));
  });

  it("given a finding that moved, changed or went, then the signature differs", () => {
    const sig = markerSignature([typo, note]);
    expect(markerSignature([{ ...typo, offset: 41 }, note])).not.toBe(sig);
    expect(markerSignature([{ ...typo, message: "other" }, note])).not.toBe(sig);
    expect(markerSignature([typo])).not.toBe(sig);
  });
});
