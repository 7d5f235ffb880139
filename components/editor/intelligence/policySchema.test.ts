import { describe, expect, it } from "vitest";
import { POLICY_TYPES } from "@/lib/iam";
import { policySchema, policySchemaUri } from "./policySchema";

type Props = Record<string, unknown>;
const statementOf = (type: (typeof POLICY_TYPES)[number]) =>
  ((policySchema(type).properties as Props).Statement as { anyOf: Props[] }).anyOf[0];

describe("policySchema", () => {
  it("given any policy type, when built, then Effect and Version offer their exact values", () => {
    for (const type of POLICY_TYPES) {
      const schema = policySchema(type);
      expect((schema.properties as Props).Version).toMatchObject({
        enum: ["2012-10-17", "2008-10-17"],
      });
      expect((statementOf(type).properties as Props).Effect).toMatchObject({
        enum: ["Allow", "Deny"],
      });
      expect(policySchemaUri(type)).toContain(type);
    }
  });

  it("given an identity policy, when built, then Principal is not allowed and Resource is", () => {
    const props = statementOf("identity").properties as Props;
    expect(props.Principal).toBe(false);
    expect(props.Resource).not.toBe(false);
  });

  it("given a trust policy, when built, then Principal is required and Resource is not allowed", () => {
    const statement = statementOf("trust");
    expect((statement.properties as Props).Resource).toBe(false);
    expect(JSON.stringify(statement.allOf)).toContain('"required":["Principal"]');
  });

  it("given a statement, when built, then unknown keys are refused and Condition operators are checked", () => {
    const statement = statementOf("resource");
    expect(statement.additionalProperties).toBe(false);
    const pattern = new RegExp(
      (((statement.properties as Props).Condition as Props).propertyNames as { pattern: string })
        .pattern,
    );
    for (const ok of [
      "StringEquals",
      "ForAnyValue:StringLikeIfExists",
      "Null",
      "ArnNotLike",
      "NotIpAddress",
    ]) {
      expect(pattern.test(ok)).toBe(true);
    }
    for (const bad of ["StringEqual", "NullIfExists", "stringequals", "ForAnyValues:StringLike"]) {
      expect(pattern.test(bad)).toBe(false);
    }
  });
});
