import { describe, expect, it } from "vitest";
import { parseJson } from "./json";
import { parsePolicy } from "./policy";

describe("parseJson", () => {
  it("given JSON text, when parsed, then every value and key keeps its 1-based position", () => {
    const { value } = parseJson('{\n  "a": [1, "x"]\n}');
    expect(value?.kind).toBe("object");
    if (value?.kind !== "object") return;
    expect(value.entries[0].keyRange).toEqual({ offset: 4, length: 3, line: 2, column: 3 });
    const arr = value.entries[0].value;
    expect(arr.kind === "array" && arr.items[1].range).toEqual({
      offset: 13,
      length: 3,
      line: 2,
      column: 12,
    });
  });

  it("GRAM-11: given malformed JSON, when parsed, then one placed error names the JSON path", () => {
    const { errors } = parseJson('{"Statement": [{"Effect": "Allow",}]}');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "json-syntax", line: 1, path: "Statement[0]" });
  });

  it("LIM-1: given nesting deeper than the limit, when parsed, then it is refused without a stack overflow", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(parseJson(deep).errors[0].code).toBe("too-deep");
    expect(parseJson("x".repeat(20), { maxLength: 10 }).errors[0].code).toBe("too-large");
  });

  it("given escapes and unicode, when parsed, then strings decode", () => {
    const { value } = parseJson('"a\\u0041\\n\\"é"');
    expect(value).toMatchObject({ kind: "string", value: 'aA\n"é' });
  });
});

describe("parsePolicy", () => {
  const ok = {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
  };

  it("given a valid object, when parsed, then the model keeps paths for statements and values", () => {
    const { policy, errors } = parsePolicy(ok);
    expect(errors).toEqual([]);
    expect(policy?.statements[0].path).toBe("Statement[0]");
    expect(policy?.statements[0].action.values[0]).toMatchObject({
      value: "s3:GetObject",
      path: "Statement[0].Action",
    });
  });

  it("GRAM-3/GRAM-9/GRAM-7: given several mistakes, when parsed, then all are reported with path and position", () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"GetObject","Resource":"*","Foo":1}]}';
    const { policy, errors } = parsePolicy(text);
    expect(policy).toBeUndefined();
    const messages = errors.map((e) => e.message);
    expect(messages).toContain('Statement[0].Effect must be "Allow" or "Deny", got "allow"');
    expect(errors.map((e) => e.code)).toEqual(
      expect.arrayContaining(["invalid-value", "invalid-action", "unknown-element"]),
    );
    const effect = errors.find((e) => e.path === "Statement[0].Effect");
    expect(effect).toMatchObject({ line: 1, column: text.indexOf('"allow"') + 1 });
  });

  it("GRAM-1: given an unknown Version, then it is an error; VAR-3 an absent Version means 2008-10-17", () => {
    expect(parsePolicy({ ...ok, Version: "2020-01-01" }).errors[0].code).toBe("invalid-version");
    const { policy } = parsePolicy({ Statement: ok.Statement });
    expect(policy).toMatchObject({ version: "2008-10-17", versionGiven: false });
  });

  it("GRAM-6: given Principal in an identity policy, or none in a resource policy, then it is an error", () => {
    const withPrincipal = {
      Version: "2012-10-17",
      Statement: [{ ...ok.Statement[0], Principal: "*" }],
    };
    expect(parsePolicy(withPrincipal).errors[0].code).toBe("element-not-allowed");
    expect(parsePolicy(ok, { type: "resource" }).errors[0].code).toBe("missing-element");
    expect(parsePolicy(withPrincipal, { type: "resource" }).errors).toEqual([]);
  });

  it("TRUST-5: given a trust policy, then Resource is not allowed and Principal is required", () => {
    const trust = {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
      ],
    };
    expect(parsePolicy(trust, { type: "trust" }).errors).toEqual([]);
    const withResource = {
      Version: "2012-10-17",
      Statement: [{ ...trust.Statement[0], Resource: "*" }],
    };
    expect(parsePolicy(withResource, { type: "trust" }).errors[0].code).toBe("element-not-allowed");
  });

  it("GRAM-4/GRAM-10: given both Action and NotAction, or an unknown operator, then each is an error", () => {
    const both = {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "*", NotAction: "s3:*", Resource: "*" }],
    };
    expect(parsePolicy(both).errors[0].code).toBe("conflicting-elements");
    const op = {
      Version: "2012-10-17",
      Statement: [{ ...ok.Statement[0], Condition: { stringEquals: { k: "v" } } }],
    };
    const e = parsePolicy(op).errors[0];
    expect(e.code).toBe("unknown-operator");
    expect(e.message).toContain('did you mean "StringEquals"');
  });

  it("given duplicate keys and duplicate Sids, when parsed from text, then both are reported", () => {
    const text =
      '{"Version":"2012-10-17","Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"}]}';
    expect(
      parsePolicy(text)
        .errors.map((e) => e.code)
        .sort(),
    ).toEqual(["duplicate-key", "duplicate-sid"]);
  });

  it("GRAM-12: given condition values as numbers and booleans, then they are read as text", () => {
    const p = parsePolicy({
      Version: "2012-10-17",
      Statement: [
        {
          ...ok.Statement[0],
          Condition: {
            NumericLessThan: { "s3:max-keys": 10 },
            Bool: { "aws:SecureTransport": true },
          },
        },
      ],
    });
    expect(p.policy?.statements[0].condition?.clauses.map((c) => c.values[0].value)).toEqual([
      "10",
      "true",
    ]);
  });
});
