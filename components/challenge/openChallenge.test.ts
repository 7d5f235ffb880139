import { describe, expect, it } from "vitest";
import firstLesson from "@/lessons/first-identity-policy.json";
import { hrefFromDocument, hrefFromLink } from "./openChallenge";

describe("opening a challenge", () => {
  it("given a full link, when opened, then it keeps only the fragment on this origin", () => {
    expect(hrefFromLink("https://elsewhere.example/challenge#v1.abc")).toEqual({
      ok: true,
      href: "/challenge#v1.abc",
    });
  });

  it("given a bare fragment, when opened, then it is accepted", () => {
    expect(hrefFromLink("  v1.abc ")).toEqual({ ok: true, href: "/challenge#v1.abc" });
  });

  it("given text that is not a link, when opened, then it says what a link looks like", () => {
    const result = hrefFromLink("hello");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/#v1\./);
  });

  it("given a valid lesson file, when loaded, then it becomes a challenge link", () => {
    const result = hrefFromDocument("lesson.json", JSON.stringify(firstLesson));
    expect(result.ok && result.href.startsWith("/challenge#v1.")).toBe(true);
  });

  it("given malformed JSON, when loaded, then the message names the file", () => {
    const result = hrefFromDocument("broken.json", "{ nope");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^broken\.json is not valid JSON/);
  });

  it("given an invalid lesson, when loaded, then the message names the JSON path", () => {
    const result = hrefFromDocument("bad.json", JSON.stringify({ ...firstLesson, difficulty: 7 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/difficulty/);
  });
});
