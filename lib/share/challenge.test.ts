import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { tinyLesson } from "@/lib/lessons/test-fixtures";
import { toBase64Url } from "./base64url";
import {
  challengeUrl,
  decodeChallenge,
  encodeChallenge,
  MAX_FRAGMENT_LENGTH,
  MAX_INFLATED_BYTES,
} from "./challenge";

function fragmentOf(value: unknown, version = "v1"): string {
  return `${version}.${toBase64Url(deflateSync(strToU8(typeof value === "string" ? value : JSON.stringify(value))))}`;
}

describe("challenge links", () => {
  it("given a lesson, when encoded and decoded, then the same document comes back", () => {
    const lesson = tinyLesson();
    const fragment = encodeChallenge(lesson);
    expect(fragment.startsWith("v1.")).toBe(true);
    const decoded = decodeChallenge(fragment);
    expect(decoded).toEqual({ ok: true, lesson });
  });

  it("given a lesson, when made into a URL, then it opens the challenge route and decodes from the whole URL", () => {
    const url = challengeUrl(tinyLesson());
    expect(url).toMatch(/^\/challenge#v1\.[A-Za-z0-9_-]+$/);
    expect(decodeChallenge(`https://example.test${url}`).ok).toBe(true);
  });

  it("given the same lesson twice, when encoded, then the fragments are identical", () => {
    expect(encodeChallenge(tinyLesson())).toBe(encodeChallenge(tinyLesson()));
  });

  it("given garbage, when decoded, then a plain error and no throw", () => {
    for (const garbage of [
      "",
      "#",
      "hello",
      "v1.",
      "v1.!!!!",
      "v1.AAAA",
      "v1.QUJD",
      `v1.${"A".repeat(101)}`,
    ]) {
      const r = decodeChallenge(garbage);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(5);
    }
  });

  it("given another version, when decoded, then the error names it", () => {
    const r = decodeChallenge(fragmentOf(tinyLesson(), "v2"));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining("version v2") });
  });

  it("given a fragment over the length limit, when decoded, then it is refused before decoding", () => {
    const r = decodeChallenge(`v1.${"A".repeat(MAX_FRAGMENT_LENGTH + 1)}`);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining("more than the limit") });
  });

  it("given a zip bomb, when decoded, then inflation stops at the cap", () => {
    const bomb = toBase64Url(deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    const r = decodeChallenge(`v1.${bomb}`);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringContaining(`larger than ${MAX_INFLATED_BYTES}`),
    });
  });

  it("given valid compression of an invalid lesson, when decoded, then the error names the JSON path", () => {
    const lesson = { ...tinyLesson(), difficulty: "impossible" };
    const r = decodeChallenge(fragmentOf(lesson));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining("difficulty") });
  });

  it("given compressed text that is not JSON or not UTF-8, when decoded, then it is refused", () => {
    expect(decodeChallenge(fragmentOf("not json")).ok).toBe(false);
    const latin = `v1.${toBase64Url(deflateSync(new Uint8Array([0xff, 0xfe, 0x7b])))}`;
    expect(decodeChallenge(latin)).toMatchObject({
      ok: false,
      error: expect.stringContaining("UTF-8"),
    });
  });

  it("given a truncated fragment, when decoded, then it is reported as damaged", () => {
    const fragment = encodeChallenge(tinyLesson());
    expect(decodeChallenge(fragment.slice(0, fragment.length - 20)).ok).toBe(false);
  });
});
