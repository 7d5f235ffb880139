import { describe, expect, it } from "vitest";
import { compileWildcard, compileWildcardTokens, hasWildcard, matchWildcard } from "./wildcard";

describe("wildcard matching", () => {
  it("ACT-2: given * and ?, when matching, then * spans any run and ? exactly one character", () => {
    expect(matchWildcard("s3:Get*", "s3:GetObject")).toBe(true);
    expect(matchWildcard("s3:Get*", "s3:Get")).toBe(true);
    expect(matchWildcard("s3:Get?bject", "s3:GetObject")).toBe(true);
    expect(matchWildcard("s3:Get?", "s3:Get")).toBe(false);
    expect(matchWildcard("*", "")).toBe(true);
  });

  it("RSRC-2: given a resource glob, when the text has / and :, then * crosses them", () => {
    expect(matchWildcard("arn:aws:s3:::docs/*", "arn:aws:s3:::docs/a/b:c")).toBe(true);
  });

  it("RSRC-6: given a pattern, when it matches only a prefix, then the whole text does not match", () => {
    expect(matchWildcard("arn:aws:s3:::docs", "arn:aws:s3:::docs/x")).toBe(false);
    expect(matchWildcard("a*b", "a-b-c")).toBe(false);
  });

  it("ACT-1: given ignoreCase, when case differs, then it matches; RSRC-1 without it, it does not", () => {
    expect(compileWildcard("S3:get*", true).test("s3:GetObject")).toBe(true);
    expect(compileWildcard("arn:aws:s3:::Docs/*").test("arn:aws:s3:::docs/x")).toBe(false);
  });

  it("ACT-1/RSRC-1: given one pattern, when compiled with and without ignoreCase, then only the first folds case", () => {
    expect(compileWildcard("IAM:Get?ser*", true).test("iam:GetUserPolicy")).toBe(true);
    expect(compileWildcard("IAM:Get?ser*", true).testFolded("iam:getuserpolicy")).toBe(true);
    expect(compileWildcard("IAM:Get?ser*").test("iam:GetUserPolicy")).toBe(false);
  });

  it("given texts with and without * or ?, when checked, then hasWildcard tells them apart", () => {
    expect(hasWildcard("s3:Get*")).toBe(true);
    expect(hasWildcard("s3:Get?bject")).toBe(true);
    expect(hasWildcard("arn:aws:s3:::docs/${aws:username}")).toBe(false);
  });

  it("LIM-3: given a pathological pattern and a 10 KB text, when matching, then it answers without backtracking", () => {
    const text = "a".repeat(10_000);
    // A backtracking matcher would run for ages here; the test's timeout is the hang guard and
    // `iam -- bench` is where speed is measured.
    expect(matchWildcard("*a*a*a*a*a*b", text)).toBe(false);
    expect(matchWildcard("*a*a*a*a*a*a", text)).toBe(true);
  });

  it("VAR-6: given literal wildcard tokens, when matching, then they match only themselves", () => {
    const m = compileWildcardTokens(["a", "*", { wildcard: "*" }]);
    expect(m.test("a*")).toBe(true);
    expect(m.test("a*xyz")).toBe(true);
    expect(compileWildcardTokens(["a*b"]).test("axxb")).toBe(false);
  });

  it("given ? inside middle pieces, when matching, then positions are respected", () => {
    expect(matchWildcard("*a?c*", "xxabcxx")).toBe(true);
    expect(matchWildcard("*a?c*", "xxacxx")).toBe(false);
    expect(matchWildcard("??", "ab")).toBe(true);
    expect(matchWildcard("??", "abc")).toBe(false);
  });
});
