import { describe, expect, it } from "vitest";
import { accountOfArn, arnMatches, parseArn } from "./arn";

describe("ARNs", () => {
  it("given an ARN with colons in the resource, when parsed, then only five colons split", () => {
    expect(parseArn("arn:aws:logs:us-east-1:111122223333:log-group:app:*")).toEqual({
      partition: "aws",
      service: "logs",
      region: "us-east-1",
      account: "111122223333",
      resource: "log-group:app:*",
    });
    expect(parseArn("not-an-arn")).toBeUndefined();
    expect(parseArn("arn:aws:s3")).toBeUndefined();
  });

  it("XACCT-7: given an S3 bucket ARN, when extracting the account, then there is none", () => {
    expect(accountOfArn("arn:aws:s3:::docs")).toBeUndefined();
    expect(accountOfArn("arn:aws:iam::111122223333:user/alice")).toBe("111122223333");
  });

  it("COND-ARN-1: given ArnLike patterns, when matching, then each part is matched separately", () => {
    expect(arnMatches("arn:aws:iam::*:role/Org*", "arn:aws:iam::111122223333:role/OrgAdmin")).toBe(
      true,
    );
    expect(arnMatches("arn:aws:sns:*", "arn:aws:sns:us-east-1:1:t")).toBe(false);
    expect(arnMatches("arn:aws:sns:us-east-1:*:*", "arn:aws:sns:us-east-1:1:t")).toBe(true);
    expect(arnMatches("arn:aws:*:*:*:*", "arn:aws:s3:::bucket")).toBe(true);
    expect(arnMatches("*", "anything")).toBe(true);
  });
});
