import { describe, expect, it } from "vitest";
import { locateJsonError } from "./jsonError";

describe("locateJsonError", () => {
  it("given valid JSON, when scanned, then no error is found", () => {
    expect(locateJsonError('{"a": [true, null, -1.5e3, "\\u0041", {}]}')).toBeUndefined();
  });

  it("given a comment or a trailing comma, when scanned, then strict JSON refuses them", () => {
    expect(locateJsonError('{"a": 1 // note\n}')).toEqual({
      offset: 8,
      reason: "comments are not allowed in JSON",
    });
    expect(locateJsonError("[1, 2,]")).toEqual({
      offset: 6,
      reason: 'expected a value, found "]"',
    });
  });

  it("given a bad escape after an escaped backslash, when scanned, then the bad one is pointed at", () => {
    expect(locateJsonError('"a\\\\b\\x"')).toEqual({
      offset: 5,
      reason: "invalid escape in a string",
    });
  });

  it("given an unclosed container, when scanned, then the error says what could come next", () => {
    expect(locateJsonError('{"a": 1')?.reason).toBe('expected "," or "}" after a property value');
    expect(locateJsonError("[")?.reason).toBe("expected a value, found the end of the file");
  });

  it("given nesting deeper than the reader recurses, when scanned, then it is reported, not thrown", () => {
    expect(locateJsonError("[".repeat(100_000))).toEqual({
      offset: 512,
      reason: "nested too deeply",
    });
  });

  it("given text JSON.parse refuses, when scanned, then an error is always found", () => {
    for (const text of ["01", "'a'", "\ufeff{}", '"a\tb"', "1.", "{} x", "nul", '{"a":1}}']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(locateJsonError(text), text).toBeDefined();
    }
  });
});
