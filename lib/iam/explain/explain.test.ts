import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate/evaluate";
import { toDecisionJson } from "./json";

const ALICE = "arn:aws:iam::111122223333:user/alice";
const OBJ = "arn:aws:s3:::docs/report.txt";
const pol = (...Statement: object[]) => ({ Version: "2012-10-17", Statement });

describe("explanations", () => {
  it("given no identity allow, then the summary reads like AWS's message", () => {
    const d = evaluate({ request: { principal: ALICE, action: "s3:GetObject", resource: OBJ } });
    expect(d.summary).toBe(
      "User alice is not authorized to perform s3:GetObject on resource arn:aws:s3:::docs/report.txt because no identity-based policy allows the s3:GetObject action",
    );
  });

  it("given an SCP deny, then the summary names the policy type and statement", () => {
    const d = evaluate({
      request: { principal: ALICE, action: "s3:GetObject", resource: OBJ },
      identityPolicies: [pol({ Effect: "Allow", Action: "*", Resource: "*" })],
      scps: [
        [
          pol(
            { Sid: "NoS3", Effect: "Deny", Action: "s3:*", Resource: "*" },
            { Effect: "Allow", Action: "*", Resource: "*" },
          ),
        ],
      ],
    });
    expect(d.summary).toContain("with an explicit deny in a service control policy");
    expect(d.summary).toContain('Statement[0] ("NoS3") of scps[0][0]');
    expect(d.decidedAt).toBe("scp");
  });

  it("given stages, then the trace lists them in AWS order with per-statement reasons", () => {
    const d = evaluate({
      request: {
        principal: ALICE,
        action: "s3:GetObject",
        resource: OBJ,
        context: { "aws:SourceIp": "203.0.113.7", "aws:username": "alice" },
      },
      identityPolicies: [
        pol(
          { Effect: "Allow", Action: "s3:PutObject", Resource: "*" },
          {
            Effect: "Allow",
            Action: "s3:GetObject",
            Resource: "arn:aws:s3:::docs/${aws:username}/*",
          },
          {
            Effect: "Allow",
            Action: "s3:GetObject",
            Resource: "*",
            Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
          },
        ),
      ],
      permissionsBoundary: pol({ Effect: "Allow", Action: "s3:*", Resource: "*" }),
      scps: [[pol({ Effect: "Allow", Action: "*", Resource: "*" })]],
    });
    expect(d.trace.map((s) => s.stage)).toEqual(["scp", "resource", "identity", "boundary"]);
    const statements = d.trace[2].policies[0].statements;
    expect(statements.map((s) => s.reasons[0]?.kind)).toEqual(["action", "resource", "condition"]);
    expect(statements[1].reasons[0].message).toContain("arn:aws:s3:::docs/alice/*");
    expect(statements[2].reasons[0]).toMatchObject({
      kind: "condition",
      failure: {
        key: "aws:SourceIp",
        requestValues: ["203.0.113.7"],
        policyValues: ["10.0.0.0/8"],
      },
    });
    expect(d.trace[2]).toMatchObject({ outcome: "no-allow", side: "principal" });
  });

  it("given a decision, when rendered as JSON, then deciding statements are kept and the trace is optional", () => {
    const d = evaluate({
      request: { principal: ALICE, action: "s3:GetObject", resource: OBJ },
      identityPolicies: [pol({ Effect: "Allow", Action: "s3:*", Resource: "*" })],
    });
    const json = toDecisionJson(d, { trace: false });
    expect(json).toMatchObject({ decision: "Allow", reason: "allowed", decidedAt: "identity" });
    expect(json.trace).toBeUndefined();
    expect(JSON.parse(JSON.stringify(toDecisionJson(d))).trace).toHaveLength(2);
  });
});
