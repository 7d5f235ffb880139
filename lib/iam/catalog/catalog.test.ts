import { describe, expect, it } from "vitest";
import { loadNodeCatalog } from "./node";

const catalog = loadNodeCatalog();

describe("Catalog actions", () => {
  it("given a mixed-case action, when looked up, then the canonical spelling is found", () => {
    expect(catalog.action("S3:getobject")?.name).toBe("s3:GetObject");
    expect(catalog.action("s3:GetObject")?.accessLevel).toBe("Read");
  });
  it("given a misspelt action, when looked up, then close names are suggested", () => {
    const r = catalog.lookupAction("s3:GetObjekt");
    expect(r.status).toBe("unknown-action");
    expect(r.status === "unknown-action" && r.suggestions[0]).toBe("s3:GetObject");
  });
  it("given an unknown service, when looked up, then it says so and suggests prefixes", () => {
    const r = catalog.lookupAction("s4:GetObject");
    expect(r.status).toBe("unknown-service");
    expect(r.status === "unknown-service" && r.suggestions).toContain("s3");
  });
  it("given a name without a colon, when looked up, then it is malformed", () => {
    expect(catalog.lookupAction("GetObject").status).toBe("malformed");
  });
  it("given s3:Get*, when expanded, then every s3 Get action and nothing else is returned", () => {
    const names = catalog.expandAction("s3:Get*").map((a) => a.name);
    expect(names).toContain("s3:GetObject");
    expect(names).toContain("s3:GetBucketPolicy");
    expect(names.every((n) => n.startsWith("s3:Get"))).toBe(true);
    expect(catalog.expandAction("S3:GET*")).toHaveLength(names.length);
  });
  it("given *, ? and inner stars, when expanded, then wildcards work across and within names", () => {
    expect(catalog.expandAction("*").length).toBeGreaterThan(10000);
    expect(catalog.expandAction("s3:?etObject").map((a) => a.name)).toEqual(["s3:GetObject"]);
    expect(catalog.expandAction("s3:*tObject").map((a) => a.name)).toEqual(
      expect.arrayContaining(["s3:GetObject", "s3:PutObject"]),
    );
    expect(catalog.expandAction("s3:Nothing*")).toEqual([]);
  });
  it("ACT-1: given a pattern in another case with wildcards in service and action, when expanded, then case is ignored", () => {
    const lower = catalog.expandAction("s?:getobject*").map((a) => a.name);
    expect(lower).toContain("s3:GetObjectVersion");
    expect(catalog.expandAction("S?:GETOBJECT*").map((a) => a.name)).toEqual(lower);
    expect(catalog.expandAction("S3:GETOBJECT").map((a) => a.name)).toEqual(["s3:GetObject"]);
  });
});

describe("Catalog resource types", () => {
  it("given s3:GetObject, when asked for resource types, then it takes object", () => {
    expect(catalog.resourceTypesOf("s3:GetObject")?.map((r) => r.name)).toContain("object");
    expect(catalog.resourceTypesOf("s3:GetObject")?.map((r) => r.name)).not.toContain("bucket");
  });
  it("given s3:ListBucket, when asked for resource types, then it takes bucket", () => {
    expect(catalog.resourceTypesOf("s3:ListBucket")?.map((r) => r.name)).toContain("bucket");
  });
  it("given s3:ListAllMyBuckets, when asked for resource types, then it takes none (only *)", () => {
    expect(catalog.resourceTypesOf("s3:ListAllMyBuckets")).toEqual([]);
  });
  it("given ARNs, when matched against formats, then the right resource types come back", () => {
    expect(catalog.resourceTypesForArn("arn:aws:s3:::docs")?.map((r) => r.name)).toEqual([
      "bucket",
    ]);
    expect(catalog.resourceTypesForArn("arn:aws:s3:::docs/*")?.map((r) => r.name)).toEqual([
      "object",
    ]);
    expect(
      catalog.resourceTypesForArn("arn:aws:iam::111122223333:role/app")?.map((r) => r.name),
    ).toEqual(["role"]);
    expect(catalog.resourceTypesForArn("arn:aws:*:*:*:*")).toBeUndefined();
  });
});

describe("Catalog condition keys", () => {
  it("given aws:SourceIp, when looked up, then it is a global IP address key", () => {
    expect(catalog.conditionKey("aws:SourceIp")).toMatchObject({ type: "IPAddress", global: true });
    expect(catalog.conditionKey("AWS:SOURCEIP")?.type).toBe("IPAddress");
  });
  it("given aws:TagKeys and aws:CalledVia, when looked up, then they are multi-valued", () => {
    expect(catalog.conditionKey("aws:TagKeys")?.multiValued).toBe(true);
    expect(catalog.conditionKey("aws:CalledVia")?.multiValued).toBe(true);
    expect(catalog.conditionKey("aws:SourceIp")?.multiValued).toBe(false);
  });
  it("given tag keys with a concrete tag, when looked up, then the placeholder entry matches", () => {
    expect(catalog.conditionKey("aws:PrincipalTag/team")?.type).toBe("String");
    expect(catalog.conditionKey("ec2:ResourceTag/env")?.type).toBe("String");
  });
  it("given a service key, when looked up, then its type comes from the service", () => {
    expect(catalog.conditionKey("s3:prefix")?.type).toBe("String");
    expect(catalog.conditionKey("s3:max-keys")?.type).toBe("Numeric");
    expect(catalog.conditionKey("s3:nosuchkey")).toBeUndefined();
  });
  it("given s3:ListBucket, when asked for its keys, then s3:prefix and globals are listed", () => {
    const keys = catalog.conditionKeysForAction("s3:ListBucket");
    expect(keys).toContain("s3:prefix");
    expect(keys).toContain("aws:SourceIp");
  });
});

describe("Catalog managed policies", () => {
  it("given AdministratorAccess, when loaded, then it allows * on *", () => {
    const p = catalog.getManagedPolicy("AdministratorAccess");
    expect(p?.arn).toBe("arn:aws:iam::aws:policy/AdministratorAccess");
    expect(p?.document).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
    });
  });
  it("given the curated list, when read, then the required policies are all there", () => {
    const names = catalog.managedPolicies().map((p) => p.name);
    for (const n of [
      "PowerUserAccess",
      "ReadOnlyAccess",
      "IAMFullAccess",
      "ViewOnlyAccess",
      "AWSLambda_ReadOnlyAccess",
    ]) {
      expect(names).toContain(n);
    }
    expect(catalog.getManagedPolicy("NoSuchPolicy")).toBeUndefined();
  });
});
