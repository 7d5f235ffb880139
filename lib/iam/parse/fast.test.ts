/**
 * The fast lane for object documents must agree with the full validator: the same `Policy` for
 * every valid document, and no acceptance of anything the full validator rejects (then the full
 * validator's errors, with their paths, are what the caller sees).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POLICY_TYPES, type PolicyType } from "../types";
import { readPolicyObject } from "./fast";
import { parsePolicy, parsePolicyInFull } from "./policy";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every policy document written as an object in the case tables and the bench file. */
function documentsOnDisk(): unknown[] {
  const docs: unknown[] = [];
  const add = (p: unknown) => {
    const doc = typeof p === "object" && p !== null && "document" in p ? p.document : p;
    if (typeof doc === "object" && doc !== null) docs.push(doc);
  };
  const addInput = (input: Record<string, unknown>) => {
    for (const k of ["identityPolicies", "scps", "rcps"])
      if (Array.isArray(input[k])) (input[k] as unknown[]).flat().forEach(add);
    for (const k of ["resourcePolicy", "permissionsBoundary", "sessionPolicy"]) add(input[k]);
  };
  const casesDir = path.join(here, "..", "cases");
  for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".json"))) {
    for (const c of JSON.parse(readFileSync(path.join(casesDir, file), "utf8")))
      if (c.input && typeof c.input === "object") addInput(c.input);
  }
  const bench = path.join(here, "..", "bench", "lesson-requests.json");
  for (const input of JSON.parse(readFileSync(bench, "utf8"))) addInput(input);
  return docs;
}

const oneOrList = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(arb, fc.array(arb, { minLength: 0, maxLength: 3 }));
const actionArb = oneOrList(
  fc.constantFrom("s3:GetObject", "s3:Get*", "*", "iam:*", "s3", "s*:Get", "s3:", ":x", 7),
);
const resourceArb = oneOrList(
  fc.constantFrom(
    "*",
    "arn:aws:s3:::docs/*",
    "arn:aws:iam::111122223333:user/${aws:username}",
    "docs",
    null,
  ),
);
const principalArb = fc.oneof(
  fc.constantFrom("*", "alice", 3),
  fc.dictionary(
    fc.constantFrom("AWS", "Service", "Federated", "CanonicalUser", "Bogus", "__proto__"),
    oneOrList(fc.constantFrom("*", "111122223333", "arn:aws:iam::111122223333:role/R", 5)),
    { maxKeys: 2 },
  ),
);
const conditionArb = fc.oneof(
  fc.constantFrom("x", null),
  fc.dictionary(
    fc.constantFrom("StringEquals", "ForAnyValue:StringLike", "BoolIfExists", "Null", "Bogus"),
    fc.oneof(
      fc.constant("v"),
      fc.dictionary(
        fc.constantFrom("aws:SourceIp", "s3:prefix", "team"),
        oneOrList(fc.constantFrom("a", 1, true, Number.NaN, null, { x: 1 })),
        { maxKeys: 2 },
      ),
    ),
    { maxKeys: 2 },
  ),
);
const statementArb = fc.record(
  {
    Sid: fc.constantFrom("A", "B", "", 4),
    Effect: fc.constantFrom("Allow", "Deny", "allow", undefined),
    Action: actionArb,
    NotAction: actionArb,
    Resource: resourceArb,
    NotResource: resourceArb,
    Principal: principalArb,
    NotPrincipal: principalArb,
    Condition: conditionArb,
    Extra: fc.constant(1),
  },
  { requiredKeys: [] },
);
/** Mostly valid statements, so the fast lane's accepting side is exercised too. */
const validStatementArb = fc.record(
  {
    Sid: fc.constantFrom("A", "B", ""),
    Effect: fc.constantFrom("Allow", "Deny"),
    Action: fc.constantFrom("s3:GetObject", ["s3:Get*", "iam:*"], "*"),
    Resource: fc.constantFrom("*", ["arn:aws:s3:::docs/*"]),
    Principal: fc.constantFrom(
      "*",
      { AWS: ["111122223333", "*"] },
      { Service: "ec2.amazonaws.com" },
    ),
    Condition: fc.constantFrom(
      {},
      { StringEquals: { "aws:SourceIp": ["a", 1, true] } },
      { "ForAnyValue:StringLike": { team: "x*" }, Null: { "s3:prefix": "true" } },
    ),
  },
  { requiredKeys: ["Effect", "Action", "Resource"] },
);
const anyStatementArb = fc.oneof(validStatementArb, statementArb);
const documentArb = fc.record(
  {
    Version: fc.constantFrom("2012-10-17", "2008-10-17", "2012-10-18", 2012),
    Id: fc.constantFrom("doc", 1),
    Statement: fc.oneof(
      anyStatementArb,
      fc.array(anyStatementArb, { maxLength: 3 }),
      fc.constant(null),
    ),
    Other: fc.constant(true),
  },
  { requiredKeys: [] },
);
const validDocumentArb = fc.record(
  {
    Version: fc.constantFrom("2012-10-17", "2008-10-17"),
    Statement: fc.oneof(validStatementArb, fc.array(validStatementArb, { maxLength: 3 })),
  },
  { requiredKeys: ["Statement"] },
);
const typeArb = fc.constantFrom<PolicyType>(...POLICY_TYPES);

describe("fast lane for object documents", () => {
  it("given every object policy of the case tables and the bench, when read in any policy type, then it equals the full validator's result", () => {
    const docs = documentsOnDisk();
    expect(docs.length).toBeGreaterThan(500);
    let accepted = 0;
    for (const doc of docs) {
      for (const type of POLICY_TYPES) {
        if (readPolicyObject(doc, type, 64)) accepted++;
        expect(parsePolicy(doc, { type })).toStrictEqual(parsePolicyInFull(doc, { type }));
      }
    }
    expect(accepted).toBeGreaterThan(docs.length);
  });

  it("given random documents mixing valid and invalid elements, when parsed, then the result (policy or errors) equals the full validator's", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(validDocumentArb, documentArb), typeArb, (doc, type) => {
        if (readPolicyObject(doc, type, 64)) accepted++;
        expect(parsePolicy(doc, { type })).toStrictEqual(parsePolicyInFull(doc, { type }));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it("given a valid document, when it is read, then the fast lane (not the full validator) produced it", () => {
    const doc = {
      Version: "2012-10-17",
      Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" },
    };
    expect(readPolicyObject(doc, "identity", 64)).toStrictEqual(parsePolicyInFull(doc).policy);
  });

  it("given an invalid document, when it is read, then the fast lane defers and the full validator names the path", () => {
    const doc = { Statement: [{ Effect: "Allow", Action: "s3", Resource: "*" }] };
    expect(readPolicyObject(doc, "identity", 64)).toBeUndefined();
    expect(parsePolicy(doc).errors[0]).toMatchObject({ path: "Statement[0].Action" });
  });

  it("given a small depth limit, when a document is read, then the fast lane defers to the full depth check", () => {
    const doc = { Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" } };
    expect(readPolicyObject(doc, "identity", 2)).toBeUndefined();
    expect(parsePolicy(doc, { maxDepth: 1 }).errors[0]).toMatchObject({ code: "too-deep" });
  });
});
