import { describe, expect, it } from "vitest";
import { describeRequest, describeSessionPolicy } from "./words";

describe("describeRequest", () => {
  it("given a request with context, when described, then the context keys are named", () => {
    expect(
      describeRequest({
        principal: "user/alice",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::acme-reports/q1.csv",
        context: { "aws:SourceIp": "203.0.113.7" },
      }),
    ).toBe(
      "user alice calls s3:GetObject on arn:aws:s3:::acme-reports/q1.csv with aws:SourceIp = 203.0.113.7",
    );
  });

  it("given a request in a session with a session policy, when described, then what the policy allows is said", () => {
    const text = describeRequest({
      principal: "role/ReportsJob",
      action: "s3:PutObject",
      resource: "arn:aws:s3:::acme-reports/daily/x.csv",
      sessionPolicy: {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: "*" }],
      },
    });
    expect(text).toBe(
      "role ReportsJob calls s3:PutObject on arn:aws:s3:::acme-reports/daily/x.csv, in a session whose session policy says: Allow s3:GetObject, s3:ListBucket on *",
    );
  });

  it("given unusual session policies, when described, then they are named without guessing", () => {
    expect(describeSessionPolicy({ Statement: [] })).toBe("an empty session policy");
    expect(describeSessionPolicy("not a policy")).toBe("an empty session policy");
    expect(
      describeSessionPolicy({
        Statement: { Effect: "Deny", NotAction: "s3:*", Resource: "*", Condition: {} },
      }),
    ).toBe("Deny every action but some on * (with conditions)");
  });
});
