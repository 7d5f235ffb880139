import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadNodeCatalog } from "../catalog/node";
import { POLICY_TYPES } from "../types";
import { CORPUS } from "./corpus.cases";
import { lintPolicy } from "./lint";

const catalog = loadNodeCatalog();
const failures: string[] = [];
const onInternalError = (code: string, error: unknown) =>
  failures.push(`${code}: ${String(error)}`);
const lintAll = (text: string) =>
  POLICY_TYPES.map((type) => lintPolicy(text, { type, catalog, onInternalError }));

/** Policy-shaped JSON with arbitrary leaves in arbitrary places. */
const leaf = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "*",
    "s3:GetObject",
    "arn:aws:s3:::b/*",
    "Allow",
    "Deny",
    "${aws:username}",
    "${",
    "aws:SourceIp",
    "ForAllValues:StringLike",
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const KEYS = [
  "Version",
  "Statement",
  "Sid",
  "Effect",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Principal",
  "NotPrincipal",
  "Condition",
  "AWS",
  "Service",
  "StringEquals",
  "Bool",
  "aws:TagKeys",
  "x",
];
const policyish = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("node"), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie("node"), { maxKeys: 6 }),
})).object;

describe("lintPolicy robustness", () => {
  it("given any text at all, when linted as every policy type, then it never throws and returns findings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const findings of lintAll(text)) expect(Array.isArray(findings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("given policy-shaped JSON with wrong types everywhere, when linted, then findings are well-formed", () => {
    fc.assert(
      fc.property(policyish, (obj) => {
        const text = JSON.stringify(obj);
        for (const findings of lintAll(text)) {
          for (const f of findings) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.offset + f.length).toBeLessThanOrEqual(text.length);
            expect(typeof f.message).toBe("string");
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("given corpus policies cut off at random points, when linted, then it never throws", () => {
    const texts = CORPUS.map((c) => JSON.stringify(c.policy, null, 2));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), (i, cut) => {
        const t = texts[i];
        const findings = lintPolicy(t.slice(0, cut % (t.length + 1)), {
          type: CORPUS[i].type,
          catalog,
          onInternalError,
        });
        expect(Array.isArray(findings)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("given all the inputs above, when linted, then no rule failed internally", () => {
    expect(failures).toEqual([]);
  });

  it("given a huge document, when linted, then it finishes quickly with a size error", () => {
    const statements = Array.from({ length: 3000 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:Get*", `s3:GetObjectVersion`],
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    }));
    const text = JSON.stringify({ Version: "2012-10-17", Statement: statements });
    const findings = lintPolicy(text, { type: "identity", catalog });
    expect(findings.some((f) => f.code === "policy-too-large")).toBe(true);
    const giant = "[".repeat(150_000) + "]".repeat(150_000);
    expect(lintPolicy(giant, { type: "identity", catalog })[0].code).toBe("policy-too-large");
    const deep = "[".repeat(5_000) + "]".repeat(5_000);
    expect(lintPolicy(deep, { type: "identity", catalog })[0].code).toBe("json-syntax");
  });
});
