import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import type { CatalogIndex, ServiceDetail } from "./data";
import { defaultCatalogDir } from "./node";

const dir = defaultCatalogDir();
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as T;

describe("generated catalog files (npm run catalog)", () => {
  it("given index.json, when measured, then it stays within the 300 KB gzipped budget", () => {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(dir, "index.json"))).length;
    expect(gz).toBeLessThanOrEqual(300 * 1024);
  });
  it("given index.json, when read, then it lists services with actions, access levels and global keys", () => {
    const index = read<CatalogIndex>("index.json");
    expect(index.format).toBe(1);
    expect(index.services.length).toBeGreaterThan(300);
    const s3 = index.services.find((s) => s.prefix === "s3")!;
    expect(s3.name).toMatch(/S3/);
    expect(s3.actions).toContainEqual(["GetObject", "Read"]);
    expect(index.globalConditionKeys.find((k) => k.key === "aws:SourceIp")).toMatchObject({
      type: "IPAddress",
      multiValued: false,
    });
    expect(
      index.globalConditionKeys.find((k) => k.key === "aws:PrincipalTag/${TagKey}"),
    ).toBeDefined();
    expect(index.rcpServices).toContain("s3");
  });
  it("given a service file, when read, then actions carry resource types with the required flag and types carry ARN formats", () => {
    const s3 = read<ServiceDetail>("services/s3.json");
    const getObject = s3.actions.find((a) => a.name === "GetObject")!;
    expect(getObject.resourceTypes.find((r) => r.name === "object")).toMatchObject({
      required: expect.any(Boolean),
    });
    expect(s3.resourceTypes.find((r) => r.name === "bucket")?.arn).toBe(
      "arn:${Partition}:s3:::${BucketName}",
    );
    expect(s3.conditionKeys.find((k) => k.key === "s3:max-keys")?.type).toBe("Numeric");
    const index = read<CatalogIndex>("index.json");
    for (const s of index.services)
      expect(fs.existsSync(path.join(dir, "services", `${s.prefix}.json`))).toBe(true);
  });
});
