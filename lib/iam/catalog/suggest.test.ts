import { describe, expect, it } from "vitest";
import { closest, editDistance } from "./suggest";

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
