/**
 * One row per finding code: a policy that triggers it and a near-identical one that does not.
 * Walked by `rules.test.ts`.
 */
import type { PolicyType } from "../types";

export interface RuleCase {
  code: string;
  type?: PolicyType;
  /** Triggers the code. */
  bad: string;
  /** Near-identical, does not trigger the code. */
  good: string;
}

type Json = Record<string, unknown>;
const doc = (statements: Json | Json[], extra: Json = {}): string =>
  JSON.stringify({ Version: "2012-10-17", ...extra, Statement: statements }, null, 2);
const allow = (action: unknown, resource: unknown = "*", more: Json = {}): Json => ({
  Effect: "Allow",
  Action: action,
  Resource: resource,
  ...more,
});
const BUCKET = "arn:aws:s3:::docs";
const OBJECTS = "arn:aws:s3:::docs/*";
const ROLE = "arn:aws:iam::111122223333:role/app";
const get = allow("s3:GetObject", OBJECTS);
const cond = (c: Json, a: unknown = "s3:GetObject", r: unknown = OBJECTS) =>
  doc(allow(a, r, { Condition: c }));
const trustStmt = (more: Json = {}): Json => ({
  Effect: "Allow",
  Principal: { AWS: "arn:aws:iam::444455556666:root" },
  Action: "sts:AssumeRole",
  ...more,
});
const bucketPolicy = (more: Json = {}): Json => ({
  Effect: "Allow",
  Principal: { AWS: "arn:aws:iam::444455556666:root" },
  Action: "s3:GetObject",
  Resource: OBJECTS,
  ...more,
});

export const RULE_CASES: RuleCase[] = [
  { code: "json-syntax", bad: '{"Version": "2012-10-17", "Statement": [}', good: doc(get) },
  { code: "invalid-document", bad: "[]", good: doc(get) },
  { code: "missing-version", bad: JSON.stringify({ Statement: [get] }), good: doc(get) },
  { code: "invalid-version", bad: doc(get).replace("2012-10-17", "2024-05-01"), good: doc(get) },
  { code: "old-version", bad: doc(get).replace("2012-10-17", "2008-10-17"), good: doc(get) },
  { code: "missing-statement", bad: JSON.stringify({ Version: "2012-10-17" }), good: doc(get) },
  {
    code: "unknown-element",
    bad: doc({
      Effect: "Allow",
      action: "s3:GetObject",
      Action: "s3:GetObject",
      Resource: OBJECTS,
    }),
    good: doc(get),
  },
  {
    code: "duplicate-key",
    bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Action":"s3:PutObject","Resource":"arn:aws:s3:::docs/*"}]}',
    good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::docs/*"}]}',
  },
  {
    code: "invalid-element-type",
    bad: doc(allow(["s3:GetObject", 7], OBJECTS)),
    good: doc(allow(["s3:GetObject"], OBJECTS)),
  },
  {
    code: "empty-array",
    bad: doc(allow([], OBJECTS)),
    good: doc(allow(["s3:GetObject"], OBJECTS)),
  },
  { code: "invalid-effect", bad: doc({ ...get, Effect: "Permit" }), good: doc(get) },
  { code: "unknown-effect-case", bad: doc({ ...get, Effect: "allow" }), good: doc(get) },
  { code: "missing-action", bad: doc({ Effect: "Allow", Resource: OBJECTS }), good: doc(get) },
  {
    code: "missing-resource",
    bad: doc({ Effect: "Allow", Action: "s3:GetObject" }),
    good: doc(get),
  },
  { code: "action-and-notaction", bad: doc({ ...get, NotAction: "s3:PutObject" }), good: doc(get) },
  { code: "resource-and-notresource", bad: doc({ ...get, NotResource: BUCKET }), good: doc(get) },
  {
    code: "duplicate-sid",
    bad: doc([
      { Sid: "Read", ...get },
      { Sid: "Read", ...allow("s3:ListBucket", BUCKET) },
    ]),
    good: doc([
      { Sid: "Read", ...get },
      { Sid: "List", ...allow("s3:ListBucket", BUCKET) },
    ]),
  },
  {
    code: "invalid-sid",
    bad: doc({ Sid: "read-docs", ...get }),
    good: doc({ Sid: "ReadDocs", ...get }),
  },
  {
    code: "missing-sid",
    bad: doc([{ Sid: "Read", ...get }, allow("s3:ListBucket", BUCKET)]),
    good: doc([
      { Sid: "Read", ...get },
      { Sid: "List", ...allow("s3:ListBucket", BUCKET) },
    ]),
  },
  { code: "malformed-action", bad: doc(allow("GetObject", OBJECTS)), good: doc(get) },
  { code: "variable-in-action", bad: doc(allow("s3:${aws:username}", OBJECTS)), good: doc(get) },
  { code: "unknown-service", bad: doc(allow("s4:GetObject", OBJECTS)), good: doc(get) },
  { code: "unknown-action", bad: doc(allow("s3:GetObjekt", OBJECTS)), good: doc(get) },
  {
    code: "action-wildcard-no-match",
    bad: doc(allow("s3:Gett*", OBJECTS)),
    good: doc(allow("s3:Get*", OBJECTS)),
  },
  {
    code: "wildcard-service-action",
    bad: doc(allow("s3:*", OBJECTS)),
    good: doc(allow("s3:Get*", OBJECTS)),
  },
  {
    code: "redundant-action",
    bad: doc(allow(["s3:Get*", "s3:GetObject"], OBJECTS)),
    good: doc(allow(["s3:GetObject", "s3:GetObjectTagging"], OBJECTS)),
  },
  { code: "invalid-arn", bad: doc(allow("s3:GetObject", "docs/*")), good: doc(get) },
  {
    code: "resource-in-trust-policy",
    type: "trust",
    bad: doc(trustStmt({ Resource: ROLE })),
    good: doc(trustStmt()),
  },
  {
    code: "action-resource-mismatch",
    bad: doc(allow("s3:ListBucket", OBJECTS)),
    good: doc(allow("s3:ListBucket", BUCKET)),
  },
  {
    code: "resource-type-unknown",
    bad: doc(allow("iam:GetRole", "arn:aws:iam::111122223333:rol/app")),
    good: doc(allow("iam:GetRole", ROLE)),
  },
  {
    code: "unknown-condition-operator",
    bad: cond({ StringEqual: { "aws:PrincipalTag/team": "docs" } }),
    good: cond({ StringEquals: { "aws:PrincipalTag/team": "docs" } }),
  },
  {
    code: "ifexists-with-null",
    bad: cond({ NullIfExists: { "aws:PrincipalTag/team": "false" } }),
    good: cond({ Null: { "aws:PrincipalTag/team": "false" } }),
  },
  {
    code: "empty-condition",
    bad: cond({}),
    good: cond({ Bool: { "aws:SecureTransport": "true" } }),
  },
  {
    code: "unknown-condition-key",
    bad: cond({ IpAddress: { "aws:SourceIpAddress": "203.0.113.0/24" } }),
    good: cond({ IpAddress: { "aws:SourceIp": "203.0.113.0/24" } }),
  },
  {
    code: "condition-type-mismatch",
    bad: cond({ Bool: { "aws:SecureTransport": "yes" } }),
    good: cond({ Bool: { "aws:SecureTransport": "true" } }),
  },
  {
    code: "condition-operator-mismatch",
    bad: cond({ StringEquals: { "aws:SourceIp": "203.0.113.7" } }),
    good: cond({ IpAddress: { "aws:SourceIp": "203.0.113.7" } }),
  },
  {
    code: "forallvalues-single-valued-key",
    bad: cond({ "ForAllValues:StringEquals": { "aws:RequestedRegion": ["eu-west-1"] } }),
    good: cond({ StringEquals: { "aws:RequestedRegion": ["eu-west-1"] } }),
  },
  {
    code: "foranyvalue-single-valued-key",
    bad: cond({ "ForAnyValue:StringEquals": { "aws:RequestedRegion": ["eu-west-1"] } }),
    good: cond({ StringEquals: { "aws:RequestedRegion": ["eu-west-1"] } }),
  },
  {
    code: "missing-set-operator",
    bad: cond({ StringEquals: { "aws:TagKeys": ["team"] } }, "s3:PutObjectTagging"),
    good: cond({ "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] } }, "s3:PutObjectTagging"),
  },
  {
    code: "condition-key-not-for-action",
    bad: cond({ StringLike: { "s3:prefix": ["home/*"] } }, "s3:GetObject"),
    good: cond({ StringLike: { "s3:prefix": ["home/*"] } }, "s3:ListBucket", BUCKET),
  },
  {
    code: "mfa-bool-deny-without-ifexists",
    bad: doc({
      Effect: "Deny",
      NotAction: "iam:ListMFADevices",
      Resource: "*",
      Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } },
    }),
    good: doc({
      Effect: "Deny",
      NotAction: "iam:ListMFADevices",
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    }),
  },
  {
    code: "principal-in-identity-policy",
    bad: doc({ ...get, Principal: { AWS: "arn:aws:iam::111122223333:user/alice" } }),
    good: doc(get),
  },
  {
    code: "principal-in-scp",
    type: "scp",
    bad: doc({ Effect: "Deny", Principal: "*", Action: "s3:DeleteBucket", Resource: "*" }),
    good: doc({ Effect: "Deny", Action: "s3:DeleteBucket", Resource: "*" }),
  },
  {
    code: "missing-principal",
    type: "resource",
    bad: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: OBJECTS }),
    good: doc(bucketPolicy()),
  },
  {
    code: "invalid-principal",
    type: "resource",
    bad: doc(bucketPolicy({ Principal: { AWS: "alice" } })),
    good: doc(bucketPolicy({ Principal: { AWS: "arn:aws:iam::444455556666:user/alice" } })),
  },
  {
    code: "public-principal",
    type: "resource",
    bad: doc(bucketPolicy({ Principal: "*" })),
    good: doc(
      bucketPolicy({
        Principal: "*",
        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
      }),
    ),
  },
  {
    code: "allow-notprincipal",
    type: "resource",
    bad: doc({
      Effect: "Allow",
      NotPrincipal: { AWS: "arn:aws:iam::444455556666:root" },
      Action: "s3:GetObject",
      Resource: OBJECTS,
    }),
    good: doc({
      Effect: "Deny",
      NotPrincipal: { AWS: "arn:aws:iam::444455556666:root" },
      Action: "s3:GetObject",
      Resource: OBJECTS,
    }),
  },
  { code: "allow-all", bad: doc(allow("*", "*")), good: doc(allow("*", OBJECTS)) },
  {
    code: "notaction-with-allow",
    bad: doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }),
    good: doc({ Effect: "Deny", NotAction: "iam:*", Resource: "*" }),
  },
  {
    code: "notresource-with-allow",
    bad: doc({ Effect: "Allow", Action: "s3:GetObject", NotResource: OBJECTS }),
    good: doc({ Effect: "Deny", Action: "s3:GetObject", NotResource: OBJECTS }),
  },
  {
    code: "passrole-wildcard",
    bad: doc(allow("iam:PassRole", "*")),
    good: doc(allow("iam:PassRole", ROLE)),
  },
  {
    code: "privilege-escalation",
    bad: doc(allow("iam:CreatePolicyVersion", "*")),
    good: doc(allow("iam:GetPolicyVersion", "*")),
  },
  {
    code: "redundant-statement",
    bad: doc([
      { Sid: "All", ...allow("s3:Get*", OBJECTS) },
      { Sid: "One", ...get },
    ]),
    good: doc([
      { Sid: "All", ...allow("s3:Get*", OBJECTS) },
      { Sid: "One", ...allow("s3:ListBucket", BUCKET) },
    ]),
  },
  {
    code: "trust-missing-assume-action",
    type: "trust",
    bad: doc(trustStmt({ Action: "s3:GetObject" })),
    good: doc(trustStmt()),
  },
  {
    code: "rcp-allow-statement",
    type: "rcp",
    bad: doc({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }),
    good: doc({ Effect: "Deny", Principal: "*", Action: "s3:GetObject", Resource: "*" }),
  },
  {
    code: "rcp-principal-not-star",
    type: "rcp",
    bad: doc({
      Effect: "Deny",
      Principal: { AWS: "arn:aws:iam::444455556666:root" },
      Action: "s3:GetObject",
      Resource: "*",
    }),
    good: doc({ Effect: "Deny", Principal: "*", Action: "s3:GetObject", Resource: "*" }),
  },
  {
    code: "rcp-unsupported-service",
    type: "rcp",
    bad: doc({ Effect: "Deny", Principal: "*", Action: "ec2:RunInstances", Resource: "*" }),
    good: doc({ Effect: "Deny", Principal: "*", Action: "s3:GetObject", Resource: "*" }),
  },
  {
    code: "policy-too-large",
    type: "trust",
    bad: doc(trustStmt({ Condition: { StringEquals: { "sts:ExternalId": "x".repeat(2100) } } })),
    good: doc(trustStmt({ Condition: { StringEquals: { "sts:ExternalId": "x".repeat(1800) } } })),
  },
  {
    code: "variable-in-old-version",
    bad: doc(allow("s3:GetObject", "arn:aws:s3:::docs/home/${aws:username}/*")).replace(
      "2012-10-17",
      "2008-10-17",
    ),
    good: doc(allow("s3:GetObject", "arn:aws:s3:::docs/home/${aws:username}/*")),
  },
  {
    code: "malformed-variable",
    bad: doc(allow("s3:GetObject", "arn:aws:s3:::docs/home/${aws:username/*")),
    good: doc(allow("s3:GetObject", "arn:aws:s3:::docs/home/${aws:username}/*")),
  },
  {
    code: "unknown-variable",
    bad: doc(allow("s3:GetObject", "arn:aws:s3:::docs/home/${aws:usename}/*")),
    good: doc(allow("s3:GetObject", "arn:aws:s3:::docs/home/${aws:username}/*")),
  },
];
