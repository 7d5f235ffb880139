import { describe, expect, it } from "vitest";
import { scanTokens, slotOf, walkJson, type Frame } from "./jsonScan";

describe("scanTokens", () => {
  it("given a key with escapes, when scanned, then its value is decoded and its path uses the decoded key", () => {
    const [key, value] = scanTokens('{"a\\"b\\u0041": "x\\ny"}');
    expect(key).toMatchObject({ kind: "string", isKey: true, path: ['a"bA'], value: 'a"bA' });
    expect(value).toMatchObject({ isKey: false, path: ['a"bA'], value: "x\ny", closed: true });
  });

  it("given a string cut by a line break, when scanned, then it ends before the break and is not closed", () => {
    const text = '{"Action": "s3:Get\n  "Resource": "*"}';
    const tokens = scanTokens(text);
    expect(tokens[1]).toMatchObject({ value: "s3:Get", closed: false, start: 11, end: 18 });
    expect(tokens.map((t) => t.value)).toContain("Resource");
  });

  it("given numbers, keywords and bare words, when scanned, then each is a literal with its text", () => {
    const tokens = scanTokens("[1.5, true, null, tr, -]");
    expect(tokens.map((t) => [t.kind, t.value, t.path])).toEqual([
      ["literal", "1.5", [0]],
      ["literal", "true", [1]],
      ["literal", "null", [2]],
      ["literal", "tr", [3]],
      ["literal", "-", [4]],
    ]);
  });

  it("given comments between tokens, when scanned, then they are skipped and paths are unchanged", () => {
    const tokens = scanTokens('{ // note\n "Effect": /* x */ "Allow" }');
    expect(tokens.map((t) => [t.value, t.path])).toEqual([
      ["Effect", ["Effect"]],
      ["Allow", ["Effect"]],
    ]);
  });

  it("given nested arrays and objects, when scanned, then indexes and keys build the path", () => {
    const tokens = scanTokens('{"S":[{"A":["x","y"]},{"B":1}]}');
    const paths = tokens.filter((t) => !t.isKey).map((t) => t.path);
    expect(paths).toEqual([
      ["S", 0, "A", 0],
      ["S", 0, "A", 1],
      ["S", 1, "B"],
    ]);
  });
});

describe("walkJson boundaries", () => {
  it("given a walk, when it reaches the end of the text, then the last boundary is the text's length", () => {
    const text = '{"a": ';
    const seen: [number, ReturnType<typeof slotOf>][] = [];
    walkJson(
      text,
      () => {},
      (at, frames: readonly Frame[]) => {
        seen.push([at, slotOf(frames)]);
      },
    );
    expect(seen.at(-1)).toEqual([text.length, { slot: "value", path: ["a"] }]);
  });

  it("given a callback that returns true, when walking, then the walk stops there", () => {
    const values: string[] = [];
    walkJson('["a","b","c"]', (t) => {
      values.push(t.value);
      return t.value === "b";
    });
    expect(values).toEqual(["a", "b"]);
  });
});
