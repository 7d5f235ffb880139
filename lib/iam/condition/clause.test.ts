import { describe, expect, it } from "vitest";
import type { ConditionClause, PolicyVersion } from "../types";
import { compileClause, explainClause, testClause } from "./clause";
import { splitOperator } from "./registry";

function clause(operator: string, key: string, values: string[]): ConditionClause {
  const s = splitOperator(operator);
  return {
    operator,
    baseOperator: s.operator?.name ?? operator,
    setOperator: s.setOperator,
    ifExists: s.ifExists,
    key,
    values: values.map((value, i) => ({ value, path: `v[${i}]` })),
    path: `Condition.${operator}["${key}"]`,
    operatorPath: `Condition.${operator}`,
  };
}

function check(
  operator: string,
  key: string,
  values: string[],
  ctx: Record<string, string[]>,
  version: PolicyVersion = "2012-10-17",
): boolean {
  const lookup = new Map(Object.entries(ctx).map(([k, v]) => [k.toLowerCase(), v]));
  return testClause(compileClause(clause(operator, key, values), version), lookup);
}

describe("condition clauses", () => {
  it("COND-2: given several policy values, then any one matching is enough", () => {
    expect(
      check("StringEquals", "aws:RequestedRegion", ["us-east-1", "eu-west-1"], {
        "aws:requestedregion": ["eu-west-1"],
      }),
    ).toBe(true);
  });

  it("COND-3: given a negated operator with several values, then they are NORed", () => {
    expect(check("StringNotEquals", "k", ["a", "b"], { k: ["b"] })).toBe(false);
    expect(check("StringNotEquals", "k", ["a", "b"], { k: ["c"] })).toBe(true);
  });

  it("COND-4/COND-5: given a missing key, then positive operators are false and negated ones true", () => {
    expect(check("StringEquals", "k", ["a"], {})).toBe(false);
    expect(check("StringNotEquals", "k", ["a"], {})).toBe(true);
    expect(check("NotIpAddress", "aws:SourceIp", ["10.0.0.0/8"], {})).toBe(true);
  });

  it("COND-6: given IfExists, then a missing key is true and a present key is tested", () => {
    expect(check("BoolIfExists", "aws:MultiFactorAuthPresent", ["false"], {})).toBe(true);
    expect(
      check("BoolIfExists", "aws:MultiFactorAuthPresent", ["false"], {
        "aws:multifactorauthpresent": ["true"],
      }),
    ).toBe(false);
  });

  it("COND-7: given a key in another case, then it is found", () => {
    expect(
      check("StringEquals", "AWS:PrincipalTag/Team", ["blue"], {
        "aws:principaltag/team": ["blue"],
      }),
    ).toBe(true);
  });

  it("COND-NULL-1: given Null, then true tests absence and false tests presence", () => {
    expect(check("Null", "k", ["true"], {})).toBe(true);
    expect(check("Null", "k", ["true"], { k: ["x"] })).toBe(false);
    expect(check("Null", "k", ["false"], { k: ["x"] })).toBe(true);
  });

  it("COND-SET-1/COND-SET-2: given ForAllValues, then every request value must match, and missing is true", () => {
    expect(
      check("ForAllValues:StringEquals", "aws:TagKeys", ["env", "team"], {
        "aws:tagkeys": ["env"],
      }),
    ).toBe(true);
    expect(
      check("ForAllValues:StringEquals", "aws:TagKeys", ["env", "team"], {
        "aws:tagkeys": ["env", "cost"],
      }),
    ).toBe(false);
    expect(check("ForAllValues:StringEquals", "aws:TagKeys", ["env"], {})).toBe(true);
  });

  it("COND-SET-3/COND-SET-4: given ForAnyValue, then one match is enough, missing is false, negation is per value", () => {
    expect(
      check("ForAnyValue:StringEquals", "aws:TagKeys", ["env"], { "aws:tagkeys": ["x", "env"] }),
    ).toBe(true);
    expect(check("ForAnyValue:StringEquals", "aws:TagKeys", ["env"], {})).toBe(false);
    expect(
      check("ForAnyValue:StringNotEquals", "aws:TagKeys", ["env"], { "aws:tagkeys": ["env", "x"] }),
    ).toBe(true);
    expect(
      check("ForAllValues:StringNotLike", "aws:TagKeys", ["sec*"], {
        "aws:tagkeys": ["env", "secret"],
      }),
    ).toBe(false);
  });

  it("VAR-2/VAR-4/VAR-5: given policy variables, then they resolve, unresolvable ones never match, defaults apply", () => {
    const ctx = { "aws:username": ["alice"] };
    expect(
      check("StringLike", "s3:prefix", ["home/${aws:username}/*"], {
        ...ctx,
        "s3:prefix": ["home/alice/x"],
      }),
    ).toBe(true);
    expect(
      check("StringEquals", "k", ["${aws:PrincipalTag/team}"], { k: ["${aws:PrincipalTag/team}"] }),
    ).toBe(false);
    expect(check("StringEquals", "k", ["${aws:PrincipalTag/team, 'none'}"], { k: ["none"] })).toBe(
      true,
    );
  });

  it("VAR-3: given Version 2008-10-17, then ${...} is literal text", () => {
    expect(
      check(
        "StringEquals",
        "k",
        ["${aws:username}"],
        { k: ["${aws:username}"], "aws:username": ["alice"] },
        "2008-10-17",
      ),
    ).toBe(true);
  });

  it("VAR-6: given escapes in StringLike, then ${*} is a literal star", () => {
    expect(check("StringLike", "k", ["a${*}"], { k: ["a*"] })).toBe(true);
    expect(check("StringLike", "k", ["a${*}"], { k: ["abc"] })).toBe(false);
  });

  it("given a failing clause, when explained, then the reason names key, operator and values", () => {
    const lookup = new Map([["aws:sourceip", ["203.0.113.7"]]]);
    const f = explainClause(
      compileClause(clause("IpAddress", "aws:SourceIp", ["10.0.0.0/8"]), "2012-10-17"),
      lookup,
    );
    expect(f).toMatchObject({
      key: "aws:SourceIp",
      operator: "IpAddress",
      requestValues: ["203.0.113.7"],
      policyValues: ["10.0.0.0/8"],
      missing: false,
    });
    expect(f?.message).toContain("203.0.113.7");
    const missing = explainClause(
      compileClause(clause("StringEquals", "aws:PrincipalTag/team", ["blue"]), "2012-10-17"),
      new Map(),
    );
    expect(missing).toMatchObject({ missing: true });
    expect(missing?.message).toContain("no aws:PrincipalTag/team");
  });
});
