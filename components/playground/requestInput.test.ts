import { describe, expect, it } from "vitest";
import { evaluate, type PolicyType } from "@/lib/iam";
import { EXAMPLES, exampleRequest } from "./examples";
import {
  ALLOW_ALL_ID,
  EDITOR_POLICY_ID,
  buildEvaluationInput,
  parseContextValue,
  requestForType,
  type PlaygroundRequest,
} from "./requestInput";

const POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
});
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});

const request = (over: Partial<PlaygroundRequest> = {}): PlaygroundRequest => ({
  principal: "arn:aws:iam::111122223333:user/alice",
  action: "s3:GetObject",
  resource: "arn:aws:s3:::docs/a.txt",
  resourceAccount: "",
  context: [],
  callerAllowAll: false,
  ...over,
});

function built(text: string, type: PolicyType, req = request()) {
  const result = buildEvaluationInput(text, type, req);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.input;
}

const ids = (list: unknown) => (list as { id: string }[] | undefined)?.map((p) => p.id) ?? [];

describe("buildEvaluationInput: where the editor's policy goes", () => {
  it("given an identity policy, then it is the only identity policy and nothing else is set", () => {
    const input = built(POLICY, "identity");
    expect(ids(input.identityPolicies)).toEqual([EDITOR_POLICY_ID]);
    expect(input.resourcePolicy).toBeUndefined();
    expect(input.scps).toBeUndefined();
  });

  it("given a resource policy, then it is the resource policy, with no identity policy unless asked", () => {
    const input = built(POLICY.replace('"Effect"', '"Principal":"*","Effect"'), "resource");
    expect((input.resourcePolicy as { id: string }).id).toBe(EDITOR_POLICY_ID);
    expect(input.identityPolicies).toBeUndefined();
    const withCaller = built(
      POLICY.replace('"Effect"', '"Principal":"*","Effect"'),
      "resource",
      request({ callerAllowAll: true }),
    );
    expect(ids(withCaller.identityPolicies)).toEqual([ALLOW_ALL_ID]);
  });

  it.each([
    ["boundary", "permissionsBoundary"],
    ["session", "sessionPolicy"],
  ] as const)(
    "given a %s, then it goes to %s beside an allow-all identity policy",
    (type, field) => {
      const input = built(POLICY, type);
      expect((input[field] as { id: string }).id).toBe(EDITOR_POLICY_ID);
      expect(ids(input.identityPolicies)).toEqual([ALLOW_ALL_ID]);
    },
  );

  it("given an SCP, then it is one level of SCPs beside an allow-all identity policy", () => {
    const input = built(POLICY, "scp");
    expect(input.scps?.map((level) => ids(level))).toEqual([[EDITOR_POLICY_ID]]);
    expect(ids(input.identityPolicies)).toEqual([ALLOW_ALL_ID]);
  });

  it("given an RCP, then it is one level of RCPs beside an allow-all identity policy", () => {
    const rcp = POLICY.replace('"Effect"', '"Principal":"*","Effect"');
    const input = built(rcp, "rcp");
    expect(input.rcps?.map((level) => ids(level))).toEqual([[EDITOR_POLICY_ID]]);
    expect(ids(input.identityPolicies)).toEqual([ALLOW_ALL_ID]);
  });

  it("given a trust policy without Resource, then it is parsed as a trust policy and used as the resource policy", () => {
    const input = built(
      TRUST,
      "trust",
      request({
        principal: "ec2.amazonaws.com",
        action: "sts:AssumeRole",
        resource: "arn:aws:iam::111122223333:role/Web",
      }),
    );
    expect((input.resourcePolicy as { id: string }).id).toBe(EDITOR_POLICY_ID);
    expect(evaluate(input).decision).toBe("Allow");
  });
});

describe("buildEvaluationInput: the request", () => {
  it("given context rows, then single values stay strings, comma lists become arrays and blank rows are skipped", () => {
    const input = built(
      POLICY,
      "identity",
      request({
        context: [
          { id: "1", key: " aws:SourceIp ", value: "203.0.113.7" },
          { id: "2", key: "aws:TagKeys", value: "env, team,," },
          { id: "3", key: "", value: "" },
        ],
      }),
    );
    expect(input.request.context).toEqual({
      "aws:SourceIp": "203.0.113.7",
      "aws:TagKeys": ["env", "team"],
    });
  });

  it("given a resource account, then it is passed on; given none, then it is left out", () => {
    expect(
      built(POLICY, "identity", request({ resourceAccount: "444455556666" })).request
        .resourceAccount,
    ).toBe("444455556666");
    expect("resourceAccount" in built(POLICY, "identity").request).toBe(false);
  });

  it("given comma text, then parseContextValue splits and trims; otherwise one trimmed value", () => {
    expect(parseContextValue(" a ")).toBe("a");
    expect(parseContextValue("a, b")).toEqual(["a", "b"]);
  });
});

describe("buildEvaluationInput: bad input is named, never thrown", () => {
  it.each([
    [{ principal: "alice" }, "principal", /Principal "alice"/],
    [{ principal: " " }, "principal", /Principal is empty/],
    [{ action: "" }, "action", /Action is empty/],
    [{ action: "GetObject" }, "action", /service:Action/],
    [{ resource: "docs/a.txt" }, "resource", /not an ARN/],
    [{ resourceAccount: "12" }, "resourceAccount", /12-digit/],
  ] as const)("given %o, then the %s field is named", (over, field, message) => {
    const result = buildEvaluationInput(POLICY, "identity", request(over));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([field]);
    expect(result.errors[0]!.message).toMatch(message);
  });

  it("given a context value without a key or a repeated key, then the row is named", () => {
    const result = buildEvaluationInput(
      POLICY,
      "identity",
      request({
        context: [
          { id: "1", key: "", value: "x" },
          { id: "2", key: "aws:SourceIp", value: "1.2.3.4" },
          { id: "3", key: "AWS:SourceIP", value: "5.6.7.8" },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.row])).toEqual([
      ["context", 0],
      ["context", 2],
    ]);
    expect(result.errors[1]!.message).toMatch(/row 3.*row 2/);
  });

  it("given unparseable policy text, then the policy field is named with line and column", () => {
    const result = buildEvaluationInput('{ "Version": ', "identity", request());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.field).toBe("policy");
    expect(result.errors[0]!.message).toMatch(/identity policy: line 1, column/);
  });

  it("given a resource policy without Principal, then the policy field explains it", () => {
    const result = buildEvaluationInput(POLICY, "resource", request());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/resource policy/);
  });
});

describe("requestForType", () => {
  it("given the trust type and an S3 request, then the action becomes sts:AssumeRole on a role", () => {
    const next = requestForType("trust", request());
    expect(next.action).toBe("sts:AssumeRole");
    expect(next.resource).toMatch(/^arn:aws:iam::\d{12}:role\//);
  });

  it("given the trust type and a request already on a role, then it is kept", () => {
    const r = request({ action: "sts:TagSession", resource: "arn:aws:iam::111122223333:role/X" });
    expect(requestForType("trust", r)).toBe(r);
    expect(requestForType("identity", request())).toEqual(request());
  });
});

describe("examples", () => {
  const expected: Record<string, string> = {
    "office-ip": "Allow",
    "region-scp": "ExplicitDeny",
    "cross-account-bucket": "Allow",
    "ec2-trust": "Allow",
  };

  it.each(EXAMPLES.map((e) => [e.title, e] as const))(
    "given the example %s, when its request is evaluated, then it is decided as promised",
    (_title, example) => {
      const input = built(example.policy, example.type, exampleRequest(example));
      expect(evaluate(input).decision).toBe(expected[example.id]);
    },
  );

  it("given the office-IP example, when the caller comes from elsewhere, then it is implicitly denied on aws:SourceIp", () => {
    const example = EXAMPLES.find((e) => e.id === "office-ip")!;
    const req = exampleRequest(example);
    req.context[0]!.value = "198.51.100.9";
    const decision = evaluate(built(example.policy, example.type, req));
    expect(decision.decision).toBe("ImplicitDeny");
    const reasons = decision.trace.flatMap((s) =>
      s.policies.flatMap((p) => p.statements.flatMap((st) => st.reasons)),
    );
    expect(reasons.some((r) => r.kind === "condition" && r.failure.key === "aws:SourceIp")).toBe(
      true,
    );
  });

  it("given the cross-account example without the caller's identity allow, then it is implicitly denied", () => {
    const example = EXAMPLES.find((e) => e.id === "cross-account-bucket")!;
    const req = { ...exampleRequest(example), callerAllowAll: false };
    expect(evaluate(built(example.policy, example.type, req)).decision).toBe("ImplicitDeny");
  });
});
