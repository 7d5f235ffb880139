import { describe, expect, it } from "vitest";
import { lintPolicy } from "@/lib/iam";
import { POLICY_TYPES, type PolicyType } from "@/lib/iam";
import { policySchema, policySchemaUri } from "./policySchema";
import { schemaProblems } from "./schemaCheck";
import { testCatalog } from "./testCatalog";

/** Mistakes the linter reports (with the code it uses) that the full schema also flags. */
const OVERLAPS: { type: PolicyType; code: string; doc: unknown }[] = [
  {
    type: "identity",
    code: "unknown-element",
    doc: {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*", Actions: "x" }],
    },
  },
  {
    type: "identity",
    code: "invalid-effect",
    doc: {
      Version: "2012-10-17",
      Statement: [{ Effect: "Permit", Action: "s3:GetObject", Resource: "*" }],
    },
  },
  {
    type: "identity",
    code: "invalid-version",
    doc: {
      Version: "2020-01-01",
      Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
    },
  },
  {
    type: "identity",
    code: "missing-action",
    doc: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Resource: "*" }] },
  },
  {
    type: "identity",
    code: "principal-in-identity-policy",
    doc: {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }],
    },
  },
  {
    type: "trust",
    code: "missing-principal",
    doc: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole" }] },
  },
  {
    type: "identity",
    code: "unknown-condition-operator",
    doc: {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: "*",
          Condition: { StringEqual: { "aws:SourceIp": "x" } },
        },
      ],
    },
  },
  {
    type: "identity",
    code: "invalid-element-type",
    doc: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: 5, Resource: "*" }] },
  },
];

const Props = (s: unknown) => (s as { properties: Record<string, unknown> }).properties;

describe("linted policy schema", () => {
  for (const { type, code, doc } of OVERLAPS) {
    it(`given a ${code} mistake, when checked, then the linter reports it and only the full schema also flags it`, () => {
      const codes = lintPolicy(JSON.stringify(doc), { type, catalog: testCatalog() }).map(
        (f) => f.code,
      );
      expect(codes).toContain(code);
      expect(schemaProblems(policySchema(type), doc)).not.toEqual([]);
      expect(schemaProblems(policySchema(type, { linted: true }), doc)).toEqual([]);
    });
  }

  it("given any policy type, when linted, then no validation keyword is left anywhere", () => {
    const validating =
      /"(type|required|enum|const|oneOf|allOf|minLength|minItems|minProperties|propertyNames|additionalProperties)":\s*(?!\{)/;
    for (const type of POLICY_TYPES) {
      expect(JSON.stringify(policySchema(type))).toMatch(validating);
      const text = JSON.stringify(policySchema(type, { linted: true }));
      expect(text).not.toMatch(validating);
      expect(text).not.toContain(":false");
      expect(policySchemaUri(type, { linted: true })).not.toBe(policySchemaUri(type));
    }
  });

  it("given a linted schema, when read for completion, then keys, value proposals and snippets stay", () => {
    const schema = policySchema("trust", { linted: true });
    expect(Props(schema).Version).toMatchObject({ examples: ["2012-10-17", "2008-10-17"] });
    const statement = (Props(schema).Statement as { anyOf: unknown[] }).anyOf[0];
    const props = Props(statement);
    expect(props.Effect).toMatchObject({ examples: ["Allow", "Deny"] });
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining(["Sid", "Action", "Principal", "Condition"]),
    );
    expect(props.Resource).toBeUndefined();
    const principal = props.Principal as { anyOf: unknown[] };
    expect(principal.anyOf[0]).toMatchObject({ examples: ["*"] });
    expect(Object.keys(Props(principal.anyOf[1]))).toEqual([
      "AWS",
      "Service",
      "Federated",
      "CanonicalUser",
    ]);
    expect(statement).toHaveProperty("defaultSnippets");
  });

  it("given a good policy, when checked, then both schemas accept it", () => {
    const doc = {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
      ],
    };
    expect(schemaProblems(policySchema("trust"), doc)).toEqual([]);
    expect(schemaProblems(policySchema("trust", { linted: true }), doc)).toEqual([]);
  });
});
