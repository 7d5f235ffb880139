import { describe, expect, it } from "vitest";
import { policySize, sizeLimit } from "./size";

describe("policySize", () => {
  it("given whitespace between tokens, when counted, then it is ignored", () => {
    expect(policySize('{ "a" :\n\t[ 1 , 2 ] }')).toBe(policySize('{"a":[1,2]}'));
  });
  it("given whitespace and escapes inside strings, when counted, then they count", () => {
    expect(policySize('{"a b":"c\\"d"}')).toBe('{"a b":"c\\"d"}'.length);
  });
});

describe("sizeLimit", () => {
  it("given each policy type, when asked, then the IAM and Organizations quotas come back", () => {
    expect(sizeLimit("identity").limit).toBe(6144);
    expect(sizeLimit("identity", "user").limit).toBe(2048);
    expect(sizeLimit("identity", "group").limit).toBe(5120);
    expect(sizeLimit("identity", "role").limit).toBe(10240);
    expect(sizeLimit("trust").limit).toBe(2048);
    expect(sizeLimit("scp").limit).toBe(5120);
    expect(sizeLimit("rcp").limit).toBe(5120);
  });
});
