import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "./base64url";

describe("base64url", () => {
  it("given any bytes, when encoded and decoded, then they round-trip", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it("given bytes, when encoded, then only the URL-safe alphabet appears, without padding", () => {
    expect(toBase64Url(new Uint8Array([251, 255, 191]))).toBe("-_-_");
    expect(toBase64Url(new Uint8Array([1]))).toBe("AQ");
  });

  it("given characters outside the alphabet or an impossible length, when decoded, then undefined", () => {
    expect(fromBase64Url("ab+c")).toBeUndefined();
    expect(fromBase64Url("abc=")).toBeUndefined();
    expect(fromBase64Url("abcde")).toBeUndefined();
    expect(fromBase64Url("é")).toBeUndefined();
  });
});
