import { describe, expect, it } from "vitest";
import { describeJsonError, exportFileName, exportProgress, importProgress } from "./exchange";
import { saveDraft } from "./update";
import { emptyProgress } from "./model";

const sample = saveDraft(emptyProgress(0), "iam-basics", "policy", '{"Version":"2012-10-17"}', 42);

describe("export and import", () => {
  it("given progress, when exported and imported, then it round-trips", () => {
    const text = exportProgress(sample, Date.UTC(2026, 0, 31));
    expect(JSON.parse(text)).toMatchObject({
      app: "least-privilege",
      kind: "progress",
      exportVersion: 1,
    });
    expect(importProgress(text)).toEqual({ ok: true, progress: sample });
  });

  it("given an export time, when naming the file, then the date is in the name", () => {
    expect(exportFileName(Date.UTC(2026, 0, 31))).toBe("least-privilege-progress-2026-01-31.json");
  });

  it("given some other JSON file, when imported, then it is named as not an export", () => {
    expect(importProgress('{"Version":"2012-10-17","Statement":[]}')).toEqual({
      ok: false,
      error: "This file is not a Least Privilege progress export.",
    });
    expect(importProgress("[1,2]").ok).toBe(false);
  });

  it("given broken JSON on line 3, when imported, then the error names line 3", () => {
    const result = importProgress('{\n  "app": "least-privilege",\n  "kind": }\n');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(/^The file is not valid JSON: line 3, column 11: /);
  });

  it("given an export from a newer app, when imported, then it says so", () => {
    const newer = JSON.stringify({
      app: "least-privilege",
      kind: "progress",
      exportVersion: 9,
      progress: {},
    });
    const result = importProgress(newer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/made by a newer version/);
  });

  it("given progress of a newer format inside, when imported, then it says so", () => {
    const text = exportProgress({ ...sample, version: 5 as 2 }, 0);
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^This export was made by a newer version/);
  });

  it("given a damaged value inside, when imported, then the error names its JSON path", () => {
    const bad = JSON.parse(exportProgress(sample, 0));
    bad.progress.lessons["iam-basics"].drafts.policy.updatedAt = "yesterday";
    const result = importProgress(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok)
      expect(result.error).toMatch(
        /^The export is damaged at progress\.lessons\["iam-basics"\]\.drafts\.policy\.updatedAt: /,
      );
  });

  it("given a missing progress object, when imported, then the error names progress", () => {
    const result = importProgress(
      JSON.stringify({ app: "least-privilege", kind: "progress", exportVersion: 1 }),
    );
    expect(result).toEqual({
      ok: false,
      error: "The export is damaged at progress: expected an object, found a undefined",
    });
  });

  it("given various syntax errors, when described, then the line, column and reason are named", () => {
    expect(describeJsonError("{\n\n  x")).toBe(
      'line 3, column 3: expected a property name in double quotes, found "x"',
    );
    expect(describeJsonError('{"a": 1,}')).toMatch(/^line 1, column 9: expected a property name/);
    expect(describeJsonError("[1 2]")).toBe(
      'line 1, column 4: expected "," or "]" after an array element',
    );
    expect(describeJsonError('{"a": "x')).toBe("line 1, column 9: unterminated string");
    expect(describeJsonError("{} {}")).toMatch(/after the end of the JSON value/);
    expect(describeJsonError("  ")).toBe("the file is empty");
    expect(describeJsonError('{"a": [true, null, -1.5e3, "\\u0041"]}')).toBe("invalid JSON");
  });
});
