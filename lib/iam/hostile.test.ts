/**
 * Hostile input: malformed JSON, wrong types everywhere, huge and deeply nested documents,
 * pathological wildcards. Each must end in a clear, placed error or a decision: never a crash,
 * never a hang (vitest's default timeout is the guard; no timing assertions here).
 */
import { describe, expect, it } from "vitest";
import { evaluate, parsePolicy } from "@/lib/iam";
import type { Diagnostic, EvaluationInput } from "@/lib/iam";

const ALICE = "arn:aws:iam::111122223333:user/alice";
const OBJ = "arn:aws:s3:::docs/report.txt";
const GET = { principal: ALICE, action: "s3:GetObject", resource: OBJ };

type Json = Record<string, unknown>;

const policyOf = (statements: unknown): Json => ({ Version: "2012-10-17", Statement: statements });
const allowGet: Json = { Effect: "Allow", Action: "s3:GetObject", Resource: OBJ };

/** Asserts a non-empty list of diagnostics, each a readable sentence with a 1-based position. */
function expectDiagnostics(errors: Diagnostic[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.message).toMatch(/\S/);
    expect(e.message).not.toMatch(/call stack|undefined is not|cannot read prop/i);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(typeof e.path).toBe("string");
  }
}

/** Runs `evaluate`, returning the decision or the thrown error's message (which must be clear). */
function evaluateOrError(input: unknown): { decision?: string; message?: string } {
  try {
    return { decision: evaluate(input as EvaluationInput).decision };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/\S/);
    expect(message).not.toMatch(/call stack|undefined is not|cannot read prop/i);
    return { message };
  }
}

describe("hostile input: malformed JSON text", () => {
  const texts: [string, string][] = [
    ["truncated document", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"'],
    ["trailing comma in an object", '{"Version": "2012-10-17", "Statement": [],}'],
    [
      "trailing comma in an array",
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject",], "Resource": "*"}]}',
    ],
    ["line comment", '{"Version": "2012-10-17", // note\n"Statement": []}'],
    ["block comment", '{"Version": "2012-10-17", /* note */ "Statement": []}'],
    [
      "NaN value",
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NumericLessThan": {"s3:max-keys": NaN}}}]}',
    ],
    ["Infinity value", '{"Version": "2012-10-17", "Statement": [], "Id": Infinity}'],
    ["single-quoted strings", "{'Version': '2012-10-17', 'Statement': []}"],
    ["unquoted key", '{Version: "2012-10-17", "Statement": []}'],
    ["unterminated string", '{"Version": "2012-10-17, "Statement": []}'],
    ["empty text", ""],
    ["whitespace only", "   \n\t  "],
    ["two documents", '{"Statement": []} {"Statement": []}'],
    ["raw control character in a string", '{"Version": "2012-\u000110-17", "Statement": []}'],
    ["bad escape", '{"Version": "2012-10-17\\x", "Statement": []}'],
    ["lone closing bracket", "]"],
  ];
  for (const [what, text] of texts) {
    it(`given ${what}, when parsed, then it reports a placed syntax error`, () => {
      const result = parsePolicy(text);
      expect(result.policy).toBeUndefined();
      expectDiagnostics(result.errors);
    });
  }

  it("given JSON text with an error on line 3, when parsed, then the error points at line 3", () => {
    const result = parsePolicy('{\n  "Version": "2012-10-17",\n  "Statement": [,]\n}');
    expectDiagnostics(result.errors);
    expect(result.errors[0].line).toBe(3);
  });

  it("given a document starting with a byte-order mark, when parsed, then it is read or clearly refused", () => {
    const result = parsePolicy("\uFEFF" + JSON.stringify(policyOf([allowGet])));
    if (result.policy) expect(result.errors).toEqual([]);
    else expectDiagnostics(result.errors);
  });

  it("given malformed JSON text as an identity policy, when evaluated, then the error names the policy", () => {
    const outcome = evaluateOrError({
      request: GET,
      identityPolicies: [policyOf([allowGet]), '{"Version": "2012-10-17",'],
    });
    expect(outcome.decision).toBeUndefined();
    expect(outcome.message).toMatch(/\S/);
  });
});

describe("hostile input: wrong types at every element", () => {
  const cases: [string, unknown, string][] = [
    ["a policy that is a number", 42, ""],
    ["a policy that is a string of JSON null", "null", ""],
    ["a policy that is an array", [allowGet], ""],
    ["Version as a number", { Version: 2012, Statement: [allowGet] }, "Version"],
    ["Version as an array", { Version: ["2012-10-17"], Statement: [allowGet] }, "Version"],
    ["Statement as a string", { Version: "2012-10-17", Statement: "allow all" }, "Statement"],
    ["Statement as null", { Version: "2012-10-17", Statement: null }, "Statement"],
    ["a statement that is a number", policyOf([allowGet, 7]), "Statement[1]"],
    ["Effect as a number", policyOf([{ ...allowGet, Effect: 1 }]), "Statement[0].Effect"],
    ["Effect as a boolean", policyOf([{ ...allowGet, Effect: true }]), "Statement[0].Effect"],
    [
      "Action as an object",
      policyOf([{ ...allowGet, Action: { s3: "GetObject" } }]),
      "Statement[0].Action",
    ],
    [
      "Action list holding a number",
      policyOf([{ ...allowGet, Action: ["s3:GetObject", 3] }]),
      "Statement[0].Action",
    ],
    [
      "Action list holding a nested list",
      policyOf([{ ...allowGet, Action: [["s3:GetObject"]] }]),
      "Statement[0].Action",
    ],
    [
      "NotAction as a boolean",
      policyOf([{ Effect: "Allow", NotAction: false, Resource: "*" }]),
      "Statement[0].NotAction",
    ],
    ["Resource as a number", policyOf([{ ...allowGet, Resource: 5 }]), "Statement[0].Resource"],
    ["Resource as null", policyOf([{ ...allowGet, Resource: null }]), "Statement[0].Resource"],
    ["Sid as an object", policyOf([{ ...allowGet, Sid: { id: 1 } }]), "Statement[0].Sid"],
    [
      "Condition as an array",
      policyOf([{ ...allowGet, Condition: [{ Bool: { "aws:SecureTransport": "true" } }] }]),
      "Statement[0].Condition",
    ],
    [
      "Condition as a string",
      policyOf([{ ...allowGet, Condition: "aws:SecureTransport" }]),
      "Statement[0].Condition",
    ],
    [
      "Condition operator mapped to an array",
      policyOf([{ ...allowGet, Condition: { StringEquals: ["aws:username"] } }]),
      "Statement[0].Condition",
    ],
    [
      "Condition value as an object",
      policyOf([{ ...allowGet, Condition: { StringEquals: { "aws:username": { v: "alice" } } } }]),
      "Statement[0].Condition",
    ],
    [
      "Condition value as null",
      policyOf([{ ...allowGet, Condition: { StringEquals: { "aws:username": null } } }]),
      "Statement[0].Condition",
    ],
  ];
  for (const [what, doc, path] of cases) {
    it(`given ${what}, when parsed, then an error names ${path || "the document"}`, () => {
      const result = parsePolicy(doc);
      expect(result.policy).toBeUndefined();
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(e.message).toMatch(/\S/);
      expect(result.errors.some((e) => e.path.startsWith(path))).toBe(true);
    });
  }

  it("given Principal as a number in a resource policy, when parsed, then the error names Principal", () => {
    const result = parsePolicy(policyOf([{ ...allowGet, Principal: 7 }]), { type: "resource" });
    expect(result.errors.some((e) => e.path.startsWith("Statement[0].Principal"))).toBe(true);
  });

  it("given a wrong type deep in the second identity policy, when evaluated, then the message names the place", () => {
    const outcome = evaluateOrError({
      request: GET,
      identityPolicies: [policyOf([allowGet]), policyOf([allowGet, { ...allowGet, Effect: 0 }])],
    });
    expect(outcome.decision).toBeUndefined();
    expect(outcome.message).toMatch(/Effect/);
  });

  const badInputs: [string, unknown][] = [
    ["no request", { identityPolicies: [] }],
    ["a request that is a string", { request: "s3:GetObject" }],
    ["a numeric principal", { request: { ...GET, principal: 7 } }],
    ["a missing action", { request: { principal: ALICE, resource: OBJ } }],
    ["a context that is an array", { request: { ...GET, context: ["aws:SourceIp"] } }],
    [
      "a context value that is an object",
      { request: { ...GET, context: { "aws:SourceIp": { ip: "1.2.3.4" } } } },
    ],
    ["identityPolicies as an object", { request: GET, identityPolicies: policyOf([allowGet]) }],
    [
      "scps that are not nested arrays",
      { request: GET, identityPolicies: [policyOf([allowGet])], scps: [policyOf([allowGet])] },
    ],
    ["the whole input as null", null],
  ];
  for (const [what, input] of badInputs) {
    it(`given an input with ${what}, when evaluated, then it is refused with a message`, () => {
      const outcome = evaluateOrError(input);
      expect(outcome.decision).toBeUndefined();
    });
  }
});

describe("hostile input: size and depth", () => {
  it("given a document a little over 1 MB, when parsed, then it is read or refused with a size message", () => {
    const statements = [];
    for (let i = 0; statements.length * 100 < 1_100_000; i++) {
      statements.push({
        Sid: `S${i}`,
        Effect: "Allow",
        Action: "s3:PutObject",
        Resource: `arn:aws:s3:::bucket-${i}/prefix/*`,
      });
    }
    const text = JSON.stringify(policyOf(statements));
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = parsePolicy(text);
    if (!result.policy) {
      expectDiagnostics(result.errors);
      expect(result.errors[0].message).toMatch(/\d/);
    }
  });

  it("given 10,000 statements, when evaluated, then the last matching statement decides", () => {
    const statements: Json[] = [];
    for (let i = 0; i < 10_000; i++)
      statements.push({
        Effect: "Allow",
        Action: "s3:PutObject",
        Resource: `arn:aws:s3:::b-${i}/*`,
      });
    const withoutMatch = evaluateOrError({
      request: GET,
      identityPolicies: [policyOf(statements)],
    });
    expect(withoutMatch.decision ?? withoutMatch.message).toBe("ImplicitDeny");
    statements.push(allowGet);
    const withMatch = evaluateOrError({ request: GET, identityPolicies: [policyOf(statements)] });
    expect(withMatch.decision ?? withMatch.message).toBe("Allow");
  });

  it("given text nested 100,000 arrays deep, when parsed, then it is refused with a depth message", () => {
    const text = "[".repeat(100_000) + "]".repeat(100_000);
    const result = parsePolicy(text);
    expect(result.policy).toBeUndefined();
    expectDiagnostics(result.errors);
    expect(result.errors[0].message).toMatch(/deep|depth|nest/i);
  });

  it("given an unclosed 100,000-deep nesting inside Action, when parsed, then it is refused", () => {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":${"[".repeat(100_000)}`;
    const result = parsePolicy(text);
    expect(result.policy).toBeUndefined();
    expectDiagnostics(result.errors);
  });

  it("given an in-memory value nested 100,000 deep, when evaluated, then it is refused without a stack overflow", () => {
    let nested: unknown = "s3:GetObject";
    for (let i = 0; i < 100_000; i++) nested = [nested];
    const outcome = evaluateOrError({
      request: GET,
      identityPolicies: [policyOf([{ Effect: "Allow", Action: nested, Resource: "*" }])],
    });
    expect(outcome.decision).toBeUndefined();
  });

  it("given an in-memory condition nested 100,000 objects deep, when parsed, then it is refused", () => {
    let nested: unknown = "x";
    for (let i = 0; i < 100_000; i++) nested = { k: nested };
    const result = parsePolicy(policyOf([{ ...allowGet, Condition: nested }]));
    expect(result.policy).toBeUndefined();
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it("given a condition with 100,000 values, when evaluated, then the last value still matches", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `user-${i}`);
    values.push("alice");
    const outcome = evaluateOrError({
      request: GET,
      identityPolicies: [
        policyOf([{ ...allowGet, Condition: { StringEquals: { "aws:username": values } } }]),
      ],
    });
    expect(outcome.decision ?? outcome.message).toBe("Allow");
  });

  it("given a request context key with 50,000 values, when evaluated with ForAllValues, then it decides", () => {
    const tags = Array.from({ length: 50_000 }, (_, i) => `tag-${i}`);
    const outcome = evaluateOrError({
      request: { ...GET, context: { "aws:TagKeys": tags } },
      identityPolicies: [
        policyOf([
          { ...allowGet, Condition: { "ForAllValues:StringLike": { "aws:TagKeys": "tag-*" } } },
        ]),
      ],
    });
    expect(outcome.decision ?? outcome.message).toBe("Allow");
  });
});

describe("hostile input: pathological wildcards", () => {
  const longKey = "a".repeat(10_000);
  const patterns = [
    "*a*a*a*a*a*b",
    "*a*a*a*a*a*a*a*a*a*a*a*a*b",
    "a*a*a*a*a*a*a*a*?b",
    "*?*?*?*?*?*?*?*?*?*b",
  ];
  for (const pattern of patterns) {
    it(`given Resource docs/${pattern} and a 10 KB key, when evaluated, then it does not match`, () => {
      const outcome = evaluateOrError({
        request: { ...GET, resource: `arn:aws:s3:::docs/${longKey}` },
        identityPolicies: [
          policyOf([
            { Effect: "Allow", Action: "s3:GetObject", Resource: `arn:aws:s3:::docs/${pattern}` },
          ]),
        ],
      });
      expect(outcome.decision ?? outcome.message).toBe("ImplicitDeny");
    });

    it(`given StringLike ${pattern} and a 10 KB value, when evaluated, then it does not match`, () => {
      const outcome = evaluateOrError({
        request: { ...GET, context: { "s3:prefix": longKey } },
        identityPolicies: [
          policyOf([{ ...allowGet, Condition: { StringLike: { "s3:prefix": pattern } } }]),
        ],
      });
      expect(outcome.decision ?? outcome.message).toBe("ImplicitDeny");
    });
  }

  it("given a wildcard action against a 10 KB action name, when evaluated, then it does not match", () => {
    const outcome = evaluateOrError({
      request: { ...GET, action: `s3:${longKey}` },
      identityPolicies: [
        policyOf([{ Effect: "Allow", Action: "s3:*a*a*a*a*a*a*a*b", Resource: "*" }]),
      ],
    });
    expect(outcome.decision ?? outcome.message).toBe("ImplicitDeny");
  });

  it("given a pattern of 5,000 stars, when evaluated against a 10 KB key, then it matches", () => {
    const outcome = evaluateOrError({
      request: { ...GET, resource: `arn:aws:s3:::docs/${longKey}` },
      identityPolicies: [
        policyOf([
          {
            Effect: "Allow",
            Action: "s3:GetObject",
            Resource: `arn:aws:s3:::docs/${"*".repeat(5000)}`,
          },
        ]),
      ],
    });
    expect(outcome.decision ?? outcome.message).toBe("Allow");
  });

  it("given ArnLike with many stars per part and long parts, when evaluated, then it does not match", () => {
    const outcome = evaluateOrError({
      request: {
        ...GET,
        context: { "aws:SourceArn": `arn:aws:sns:us-east-1:111122223333:${longKey}` },
      },
      identityPolicies: [
        policyOf([
          {
            ...allowGet,
            Condition: { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:*:*a*a*a*a*a*a*b" } },
          },
        ]),
      ],
    });
    expect(outcome.decision ?? outcome.message).toBe("ImplicitDeny");
  });
});
