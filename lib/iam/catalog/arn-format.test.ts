import { describe, expect, it } from "vitest";
import { arnPatternMatchesFormat } from "./arn-format";

const BUCKET = "arn:${Partition}:s3:::${BucketName}";
const OBJECT = "arn:${Partition}:s3:::${BucketName}/${ObjectName}";
const ROLE = "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}";
const LOG_GROUP = "arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}";

describe("arnPatternMatchesFormat", () => {
  it("given a bucket ARN, when matched, then it is a bucket and not an object", () => {
    expect(arnPatternMatchesFormat("arn:aws:s3:::docs", BUCKET)).toBe(true);
    expect(arnPatternMatchesFormat("arn:aws:s3:::docs", OBJECT)).toBe(false);
  });
  it("given bucket/*, when matched, then it is an object and not a bucket", () => {
    expect(arnPatternMatchesFormat("arn:aws:s3:::docs/*", OBJECT)).toBe(true);
    expect(arnPatternMatchesFormat("arn:aws:s3:::docs/*", BUCKET)).toBe(false);
  });
  it("given a trailing star on a bucket name, when matched, then both types are possible", () => {
    expect(arnPatternMatchesFormat("arn:aws:s3:::docs*", BUCKET)).toBe(true);
    expect(arnPatternMatchesFormat("arn:aws:s3:::docs*", OBJECT)).toBe(true);
  });
  it("given a policy variable, when matched, then it behaves like a wildcard", () => {
    expect(arnPatternMatchesFormat("arn:aws:s3:::docs/home/${aws:username}/*", OBJECT)).toBe(true);
  });
  it("given a role path, when matched, then the role name may contain slashes", () => {
    expect(arnPatternMatchesFormat("arn:aws:iam::111122223333:role/ops/deploy", ROLE)).toBe(true);
    expect(arnPatternMatchesFormat("arn:aws:iam::111122223333:user/alice", ROLE)).toBe(false);
  });
  it("given an empty region, when the format needs one, then it does not match", () => {
    expect(arnPatternMatchesFormat("arn:aws:logs::111122223333:log-group:x", LOG_GROUP)).toBe(
      false,
    );
    expect(arnPatternMatchesFormat("arn:aws:logs:*:*:log-group:/aws/lambda/x:*", LOG_GROUP)).toBe(
      true,
    );
  });
  it("given a question mark, when matched, then it stands for exactly one character", () => {
    expect(arnPatternMatchesFormat("arn:aws:s3:::?", BUCKET)).toBe(true);
    expect(arnPatternMatchesFormat("arn:aws:s3:::", BUCKET)).toBe(false);
  });
});
