import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserCatalogSource, type FetchJson } from "./browser";
import { Catalog } from "./catalog";
import { defaultCatalogDir } from "./node";

/** A fake fetch over the generated files that records each URL it serves. */
function fakeFetch(log: string[]): FetchJson {
  return async (url) => {
    log.push(url);
    const file = path.join(defaultCatalogDir(), url.replace(/^\/catalog\//, ""));
    if (!fs.existsSync(file)) return { ok: false, status: 404, json: async () => null };
    return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
  };
}

describe("browser catalog source", () => {
  it("given a fresh source, when a service is asked for, then it reports not loaded until ensured", async () => {
    const log: string[] = [];
    const catalog = new Catalog(await browserCatalogSource("/catalog", fakeFetch(log)));
    expect(log).toEqual(["/catalog/index.json", "/catalog/managed/index.json"]);
    expect(catalog.action("s3:GetObject")?.name).toBe("s3:GetObject");
    expect(catalog.serviceStatus("s3")).toBe("not-loaded");
    expect(catalog.resourceTypesOf("s3:GetObject")).toBeUndefined();
    await Promise.all([catalog.ensureServices(["S3"]), catalog.ensureServices(["s3", "nosuch"])]);
    expect(catalog.serviceStatus("s3")).toBe("loaded");
    expect(catalog.resourceTypesOf("s3:GetObject")?.map((r) => r.name)).toContain("object");
    expect(log.filter((u) => u.includes("services/"))).toEqual(["/catalog/services/s3.json"]);
  });
  it("given a managed policy, when ensured, then its document is available", async () => {
    const catalog = new Catalog(await browserCatalogSource("/catalog", fakeFetch([])));
    expect(catalog.getManagedPolicy("ReadOnlyAccess")).toBeUndefined();
    await catalog.ensureManagedPolicies(["ReadOnlyAccess"]);
    expect(catalog.getManagedPolicy("ReadOnlyAccess")?.name).toBe("ReadOnlyAccess");
  });
  it("given a failing server, when the index is fetched, then a clear error is raised", async () => {
    const failing: FetchJson = async () => ({ ok: false, status: 500, json: async () => null });
    await expect(browserCatalogSource("/catalog", failing)).rejects.toThrow(
      /index.json answered 500/,
    );
  });
});
