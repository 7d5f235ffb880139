import { describe, expect, it } from "vitest";
import { Catalog, memoryCatalogSource } from "../catalog";
import { loadNodeCatalog } from "../catalog/node";
import { applyEdits } from "./fix";
import { lintPolicy } from "./lint";

const catalog = loadNodeCatalog();
const codes = (text: string, type: Parameters<typeof lintPolicy>[1]["type"] = "identity") =>
  lintPolicy(text, { type, catalog }).map((f) => f.code);
const policy = (statement: object) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [statement] }, null, 2);
const withCondition = (condition: object) =>
  policy({
    Effect: "Allow",
    Action: "s3:GetObject",
    Resource: "arn:aws:s3:::docs/*",
    Condition: condition,
  });

describe("lintPolicy condition values", () => {
  it.each([
    ["Bool with yes", { Bool: { "aws:SecureTransport": "yes" } }],
    ["IpAddress with a bad CIDR", { IpAddress: { "aws:SourceIp": "203.0.113.0/33" } }],
    ["IpAddress with a host name", { IpAddress: { "aws:SourceIp": "office.example.com" } }],
    ["DateGreaterThan with a bad date", { DateGreaterThan: { "aws:CurrentTime": "2026-13-01" } }],
    ["DateLessThan with words", { DateLessThan: { "aws:CurrentTime": "next tuesday" } }],
    ["NumericLessThan with a word", { NumericLessThan: { "aws:MultiFactorAuthAge": "one hour" } }],
    ["Null with yes", { Null: { "aws:TokenIssueTime": "yes" } }],
    ["ArnLike with a bare name", { ArnLike: { "aws:PrincipalArn": "admin-role" } }],
  ])("given %s, when linted, then condition-type-mismatch is reported", (_, condition) => {
    expect(codes(withCondition(condition))).toContain("condition-type-mismatch");
  });

  it.each([
    ["Bool with TRUE", { Bool: { "aws:SecureTransport": "TRUE" } }],
    ["Bool with a JSON boolean", { Bool: { "aws:SecureTransport": true } }],
    ["IPv6 CIDR", { IpAddress: { "aws:SourceIp": "2001:db8::/32" } }],
    ["epoch seconds", { DateGreaterThan: { "aws:EpochTime": "1767225600" } }],
    ["a JSON number", { NumericLessThan: { "aws:MultiFactorAuthAge": 3600 } }],
  ])("given %s, when linted, then no type mismatch is reported", (_, condition) => {
    expect(codes(withCondition(condition))).not.toContain("condition-type-mismatch");
  });
});

describe("lintPolicy privilege escalation", () => {
  it("given iam:PassRole on * with ec2:RunInstances, when linted, then privilege-escalation is reported", () => {
    const text = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Sid: "Run", Effect: "Allow", Action: "ec2:RunInstances", Resource: "*" },
        { Sid: "Pass", Effect: "Allow", Action: "iam:PassRole", Resource: "*" },
      ],
    });
    expect(codes(text)).toEqual(
      expect.arrayContaining(["privilege-escalation", "passrole-wildcard"]),
    );
  });
  it("given iam:PassRole on * without a compute action, when linted, then only passrole-wildcard is reported", () => {
    expect(codes(policy({ Effect: "Allow", Action: "iam:PassRole", Resource: "*" }))).not.toContain(
      "privilege-escalation",
    );
  });
  it.each(["iam:AttachUserPolicy", "iam:PutUserPolicy", "iam:*", "iam:Attach*"])(
    "given %s on *, when linted, then privilege-escalation is reported",
    (action) => {
      expect(codes(policy({ Effect: "Allow", Action: action, Resource: "*" }))).toContain(
        "privilege-escalation",
      );
    },
  );
});

describe("lintPolicy privilege escalation, scoped the AWS way", () => {
  it("given role changes allowed only with a required permissions boundary, when linted, then no escalation is reported", () => {
    const delegated = policy({
      Effect: "Allow",
      Action: ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"],
      Resource: "arn:aws:iam::111122223333:role/lambda/*",
      Condition: {
        StringEquals: {
          "iam:PermissionsBoundary": "arn:aws:iam::111122223333:policy/PlatformBoundary",
        },
      },
    });
    expect(codes(delegated)).not.toContain("privilege-escalation");
    // The same actions on every role, without the condition, still are.
    const open = policy({
      Effect: "Allow",
      Action: ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"],
      Resource: "arn:aws:iam::111122223333:role/*",
    });
    expect(codes(open)).toContain("privilege-escalation");
  });

  it("given a boundary condition, when the statement also allows CreatePolicyVersion, then that is still reported", () => {
    const text = policy({
      Effect: "Allow",
      Action: ["iam:PutRolePolicy", "iam:CreatePolicyVersion"],
      Resource: "*",
      Condition: {
        StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111122223333:policy/B" },
      },
    });
    expect(codes(text)).toContain("privilege-escalation");
  });

  it("given policy versions allowed under one path only, when linted, then no escalation is reported", () => {
    expect(
      codes(
        policy({
          Effect: "Allow",
          Action: ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"],
          Resource: "arn:aws:iam::111122223333:policy/team/*",
        }),
      ),
    ).not.toContain("privilege-escalation");
  });
});

describe("lintPolicy with a catalog whose services are not loaded", () => {
  const indexOnly = new Catalog(memoryCatalogSource(catalog.source.index));
  it("given a statement needing service details, when linted, then nothing is guessed but index checks still run", () => {
    const text = policy({
      Effect: "Allow",
      Action: ["s3:ListBucket", "s3:GetObjekt"],
      Resource: "arn:aws:s3:::docs/*",
    });
    const found = lintPolicy(text, { type: "identity", catalog: indexOnly }).map((f) => f.code);
    expect(found).toContain("unknown-action");
    expect(found).not.toContain("action-resource-mismatch");
    const mismatch = policy({
      Effect: "Allow",
      Action: "s3:ListBucket",
      Resource: "arn:aws:s3:::docs/*",
    });
    expect(lintPolicy(mismatch, { type: "identity", catalog: indexOnly })).toEqual([]);
    expect(codes(mismatch)).toContain("action-resource-mismatch");
  });
});

describe("lintPolicy findings", () => {
  it("given several findings, when returned, then they are in source order with positions on the offending token", () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "allow", "Action": "s3:GetObjekt", "Resource": "*"}\n  ]\n}';
    const findings = lintPolicy(text, { type: "identity", catalog });
    expect(findings.map((f) => f.offset)).toEqual(
      [...findings.map((f) => f.offset)].sort((a, b) => a - b),
    );
    const unknown = findings.find((f) => f.code === "unknown-action")!;
    expect(text.slice(unknown.offset, unknown.offset + unknown.length)).toBe('"s3:GetObjekt"');
    expect([unknown.line, unknown.column]).toEqual([4, 35]);
  });
  it("given a policy whose size is over the quota only when whitespace counts, when linted, then it is not too large", () => {
    const statement = {
      Effect: "Allow",
      Action: "sts:AssumeRole",
      Principal: { Service: "ec2.amazonaws.com" },
    };
    const text = JSON.stringify({ Version: "2012-10-17", Statement: [statement] }, null, 2).replace(
      /\n/g,
      `\n${" ".repeat(300)}`,
    );
    expect(text.length).toBeGreaterThan(2048);
    expect(codes(text, "trust")).not.toContain("policy-too-large");
  });

  it.each([
    "{}",
    '{"Statement": []}',
    '{\n  "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}\n}',
  ])(
    "given %s without Version, when the fix is applied, then the result is valid JSON with Version first",
    (text) => {
      const fix = lintPolicy(text, { type: "identity", catalog }).find(
        (f) => f.code === "missing-version",
      )!.fix!;
      const fixed = JSON.parse(applyEdits(text, fix.edits));
      expect(Object.keys(fixed)[0]).toBe("Version");
      expect(fixed.Version).toBe("2012-10-17");
    },
  );
});
