import { describe, expect, it } from "vitest";
import { parsePolicy } from "../parse/policy";
import type { EvaluationInput } from "../types";
import { InvalidInputError, evaluate, prepare, tryEvaluate } from "./evaluate";

const A = "111122223333";
const ALICE = `arn:aws:iam::${A}:user/alice`;
const ROLE = `arn:aws:iam::${A}:role/Dev`;
const SESSION = `arn:aws:sts::${A}:assumed-role/Dev/s1`;
const OBJ = "arn:aws:s3:::docs/report.txt";
const pol = (...Statement: object[]) => ({ Version: "2012-10-17", Statement });
const allowGet = pol({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" });
const denyGet = pol({ Effect: "Deny", Action: "s3:GetObject", Resource: "*" });
const allowAll = pol({ Effect: "Allow", Action: "*", Resource: "*" });
const bucket = (aws: string) =>
  pol({
    Effect: "Allow",
    Principal: { AWS: aws },
    Action: "s3:GetObject",
    Resource: "arn:aws:s3:::docs/*",
  });
const req = (principal: string, extra: object = {}) => ({
  principal,
  action: "s3:GetObject",
  resource: OBJ,
  ...extra,
});
const decide = (input: EvaluationInput) => evaluate(input).decision;

describe("evaluation in one account", () => {
  it("EVAL-1: given no policies, then the request is implicitly denied", () => {
    expect(decide({ request: req(ALICE) })).toBe("ImplicitDeny");
  });

  it("EVAL-2/EVAL-7: given an allow and a deny, then the deny wins and is named", () => {
    const d = evaluate({ request: req(ALICE), identityPolicies: [allowGet, denyGet] });
    expect(d.decision).toBe("ExplicitDeny");
    expect(d.deciding[0]).toMatchObject({
      statementIndex: 0,
      policy: { inputPath: "identityPolicies[1]", type: "identity" },
    });
  });

  it("EVAL-6: given the root user, then its own account's resources are allowed without policies", () => {
    expect(decide({ request: req(`arn:aws:iam::${A}:root`) })).toBe("Allow");
  });

  it("SCP-1/SCP-2: given SCP levels, then every level must allow and an SCP never grants", () => {
    expect(
      decide({
        request: req(ALICE),
        identityPolicies: [allowGet],
        scps: [[allowAll], [pol({ Effect: "Allow", Action: "ec2:*", Resource: "*" })]],
      }),
    ).toBe("ImplicitDeny");
    expect(decide({ request: req(ALICE), scps: [[allowAll]] })).toBe("ImplicitDeny");
    expect(
      decide({ request: req(ALICE), identityPolicies: [allowGet], scps: [[allowAll], [allowAll]] }),
    ).toBe("Allow");
  });

  it("SCP-6/RCP-5: given a service-linked role, then SCPs and RCPs are skipped and say so in the trace", () => {
    const d = evaluate({
      request: {
        ...req(`arn:aws:iam::${A}:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX`),
      },
      identityPolicies: [allowGet],
      scps: [[denyGet]],
    });
    expect(d.decision).toBe("Allow");
    expect(d.trace[0]).toMatchObject({ stage: "scp", outcome: "not-applicable" });
  });

  it("given the management account flag, then SCPs do not apply to its principals", () => {
    expect(
      decide({
        request: req(ALICE),
        identityPolicies: [allowGet],
        scps: [[denyGet]],
        managementAccount: A,
      }),
    ).toBe("Allow");
  });

  it("RES-1/BOUND-4: given a bucket policy naming the user, then it allows alone, even past the boundary", () => {
    expect(
      decide({
        request: req(ALICE),
        resourcePolicy: bucket(ALICE),
        permissionsBoundary: pol({ Effect: "Allow", Action: "ec2:*", Resource: "*" }),
      }),
    ).toBe("Allow");
  });

  it("RES-2/BOUND-5: given a bucket policy naming the role, then a session is allowed but capped by the boundary", () => {
    expect(decide({ request: req(SESSION), resourcePolicy: bucket(ROLE) })).toBe("Allow");
    expect(
      decide({
        request: req(SESSION),
        resourcePolicy: bucket(ROLE),
        permissionsBoundary: pol({ Effect: "Allow", Action: "ec2:*", Resource: "*" }),
      }),
    ).toBe("ImplicitDeny");
  });

  it("RES-3/SESS-4/SESS-5: given a session policy, then a session-ARN grant stands and a user/role grant is capped", () => {
    const session = pol({ Effect: "Allow", Action: "ec2:*", Resource: "*" });
    expect(
      decide({ request: req(SESSION), resourcePolicy: bucket(SESSION), sessionPolicy: session }),
    ).toBe("Allow");
    expect(
      decide({ request: req(SESSION), resourcePolicy: bucket(ROLE), sessionPolicy: session }),
    ).toBe("ImplicitDeny");
    expect(
      decide({ request: req(ALICE), resourcePolicy: bucket(ALICE), sessionPolicy: session }),
    ).toBe("ImplicitDeny");
  });

  it("RES-4: given a bucket policy naming the account, then the caller still needs an identity allow", () => {
    expect(decide({ request: req(ALICE), resourcePolicy: bucket(A) })).toBe("ImplicitDeny");
    expect(
      decide({ request: req(ALICE), resourcePolicy: bucket(A), identityPolicies: [allowGet] }),
    ).toBe("Allow");
  });
});

describe("cross-account, anonymous, KMS and trust", () => {
  const carol = "arn:aws:iam::444455556666:user/carol";
  it("XACCT-1/XACCT-2/XACCT-3: given another account, then both sides must allow", () => {
    const r = req(carol, { resourceAccount: A });
    expect(decide({ request: r, resourcePolicy: bucket(carol) })).toBe("ImplicitDeny");
    expect(decide({ request: r, identityPolicies: [allowGet] })).toBe("ImplicitDeny");
    expect(
      decide({ request: r, identityPolicies: [allowGet], resourcePolicy: bucket(carol) }),
    ).toBe("Allow");
  });

  it("ANON-1/ANON-2: given an anonymous caller, then only a * principal admits it", () => {
    expect(decide({ request: req("anonymous"), resourcePolicy: bucket("*") })).toBe("Allow");
    expect(decide({ request: req("anonymous"), resourcePolicy: bucket(A) })).toBe("ImplicitDeny");
  });

  it("ANON-3: given SCPs, then they do not apply to anonymous callers", () => {
    expect(
      decide({ request: req("anonymous"), resourcePolicy: bucket("*"), scps: [[denyGet]] }),
    ).toBe("Allow");
  });

  it("KMS-1/KMS-2: given a KMS key, then identity alone never grants and an account key policy enables IAM", () => {
    const key = `arn:aws:kms:us-east-1:${A}:key/k1`;
    const r = { principal: ALICE, action: "kms:Decrypt", resource: key };
    const allowKms = pol({ Effect: "Allow", Action: "kms:*", Resource: "*" });
    const keyPolicy = pol({
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${A}:root` },
      Action: "kms:*",
      Resource: "*",
    });
    expect(evaluate({ request: r, identityPolicies: [allowKms] }).reason).toBe(
      "resource-policy-required",
    );
    expect(decide({ request: r, identityPolicies: [allowKms], resourcePolicy: keyPolicy })).toBe(
      "Allow",
    );
  });

  it("TRUST-1/TRUST-3/TRUST-7: given AssumeRole, then the trust policy decides and a named caller is capped by its boundary", () => {
    const r = { principal: ALICE, action: "sts:AssumeRole", resource: ROLE };
    const trustAlice = pol({
      Effect: "Allow",
      Principal: { AWS: ALICE },
      Action: "sts:AssumeRole",
    });
    expect(decide({ request: r, identityPolicies: [allowAll] })).toBe("ImplicitDeny");
    expect(decide({ request: r, resourcePolicy: trustAlice })).toBe("Allow");
    expect(
      decide({
        request: r,
        resourcePolicy: trustAlice,
        permissionsBoundary: pol({ Effect: "Allow", Action: "s3:*", Resource: "*" }),
      }),
    ).toBe("ImplicitDeny");
  });
});

describe("deciding statements", () => {
  const keyPolicy = pol(
    {
      Sid: "EnableIAMPolicies",
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${A}:root` },
      Action: "kms:*",
      Resource: "*",
    },
    {
      Sid: "OrdersApiUse",
      Effect: "Allow",
      Principal: { AWS: ROLE },
      Action: "kms:Decrypt",
      Resource: "*",
    },
  );
  const request = {
    principal: SESSION,
    action: "kms:Decrypt",
    resource: `arn:aws:kms:eu-west-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  };

  it("given a key policy naming the role next to the account statement, when a session of the role decrypts, then only the statement naming the role decided", () => {
    for (const trace of [true, false]) {
      const d = evaluate({ request, resourcePolicy: keyPolicy }, { trace });
      expect(d.decision).toBe("Allow");
      expect(d.deciding.map((r) => r.statementIndex)).toEqual([1]);
    }
  });

  it("given only the account statement and an identity allow, when the session decrypts, then both the identity allow and the account statement are named", () => {
    const d = evaluate({
      request,
      resourcePolicy: pol(keyPolicy.Statement[0]),
      identityPolicies: [pol({ Effect: "Allow", Action: "kms:Decrypt", Resource: "*" })],
    });
    expect(d.decision).toBe("Allow");
    expect(d.deciding.map((r) => r.policy.type).sort()).toEqual(["identity", "resource"]);
  });
});

describe("inputs and preparation", () => {
  it("given labelled and parsed policies, then the trace and deciding refs carry id, label and range", () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    const policy = parsePolicy(text).policy!;
    const d = evaluate({
      request: req(ALICE),
      identityPolicies: [
        { id: "dev", label: "inline policy Dev of group Developers", document: policy },
      ],
    });
    expect(d.deciding[0]).toMatchObject({
      sid: "Read",
      path: "Statement[0]",
      policy: { id: "dev", label: "inline policy Dev of group Developers" },
    });
    expect(d.deciding[0].range?.offset).toBe(text.indexOf('{"Sid"'));
    expect(d.summary).toContain("inline policy Dev of group Developers");
  });

  it("given a prepared input, when evaluated with another request, then it reuses the policies", () => {
    const p = prepare({ request: req(ALICE), identityPolicies: [allowGet] });
    expect(evaluate(p).decision).toBe("Allow");
    expect(evaluate({ ...p, request: { ...req(ALICE), action: "s3:PutObject" } }).decision).toBe(
      "ImplicitDeny",
    );
  });

  it("given an invalid policy, then evaluate throws every issue with its input path", () => {
    const bad = {
      request: req(ALICE),
      identityPolicies: [allowGet, pol({ Effect: "allow", Action: "s3:GetObject", Resource: "*" })],
    };
    expect(() => evaluate(bad)).toThrow(InvalidInputError);
    const r = tryEvaluate(bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ path: "identityPolicies[1].Statement[0].Effect" });
  });

  it("given a bad request, then the error names the field", () => {
    const r = tryEvaluate({
      request: { principal: ALICE, action: 5, resource: OBJ },
    } as unknown as EvaluationInput);
    expect(!r.ok && r.issues[0].path).toBe("request.action");
  });

  it("CTX-3/CTX-4: given derived keys, then aws:username and aws:ResourceAccount are available to conditions", () => {
    const p = pol({
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: { StringEquals: { "aws:username": "alice", "aws:ResourceAccount": A } },
    });
    expect(decide({ request: req(ALICE), identityPolicies: [p] })).toBe("Allow");
  });

  it("given trace: false, then the decision and deciding statements come without a trace", () => {
    const d = evaluate({ request: req(ALICE), identityPolicies: [allowGet] }, { trace: false });
    expect(d).toMatchObject({ decision: "Allow", trace: [] });
    expect(d.deciding).toHaveLength(1);
  });
});
