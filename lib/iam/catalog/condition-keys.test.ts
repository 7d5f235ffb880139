import { describe, expect, it } from "vitest";
import { ConditionKeyTable } from "./condition-keys";

const table = new ConditionKeyTable([
  { key: "aws:SourceIp", type: "IPAddress", multiValued: false, global: true },
  { key: "aws:PrincipalTag/${TagKey}", type: "String", multiValued: false, global: true },
  { key: "s3:ExistingObjectTag/<key>", type: "String", multiValued: false, global: false },
]);

describe("ConditionKeyTable", () => {
  it("given exact keys in any case, when looked up, then they are found", () => {
    expect(table.get("AWS:sourceip")?.key).toBe("aws:SourceIp");
  });
  it("given keys with a concrete tag, when looked up, then the placeholder entry answers", () => {
    expect(table.get("aws:PrincipalTag/cost-center")?.key).toBe("aws:PrincipalTag/${TagKey}");
    expect(table.get("s3:ExistingObjectTag/classification")?.key).toBe(
      "s3:ExistingObjectTag/<key>",
    );
  });
  it("given a placeholder key without its tag, when looked up, then it is not found", () => {
    expect(table.get("aws:PrincipalTag/")).toBeUndefined();
    expect(table.get("aws:SourceIpv4")).toBeUndefined();
  });
});
