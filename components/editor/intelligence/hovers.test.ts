import { describe, expect, it } from "vitest";
import { buildHover, hoverTarget } from "./hovers";
import { testCatalog } from "./testCatalog";

const doc = `{"Statement":[{"Action":["s3:GetObject","s3:List*"],"Resource":"*",
  "Condition":{"StringLikeIfExists":{"s3:prefix":"home/","aws:PrincipalTag/team":"x"}}}]}`;

function hoverAt(needle: string, catalog = testCatalog()) {
  const target = hoverTarget(doc, doc.indexOf(needle) + 1);
  return target && buildHover(catalog, target);
}

describe("hovers", () => {
  it("given an action, when hovered, then description, access level and resource types show", () => {
    const info = hoverAt("s3:GetObject")!;
    expect(info.contents[0]).toBe("**s3:GetObject** · Read");
    expect(info.contents.join("\n")).toContain("Grants permission to retrieve objects");
    expect(info.contents.join("\n")).toContain("`object` (required)");
    expect(doc.slice(info.start, info.end)).toBe('"s3:GetObject"');
  });

  it("given a wildcard action, when hovered, then the matched actions are counted by access level", () => {
    expect(hoverAt("s3:List*")!.contents[0]).toContain("matches 2 actions (2 List)");
  });

  it("given an operator, when hovered, then IfExists is explained", () => {
    const text = hoverAt("StringLikeIfExists")!.contents.join("\n");
    expect(text).toContain("wildcards");
    expect(text).toContain("`IfExists`");
  });

  it("given condition keys, when hovered, then type and description or global scope show", () => {
    expect(hoverAt("s3:prefix")!.contents).toEqual([
      "**s3:prefix** · String",
      "Filters access by the key name prefix",
    ]);
    expect(hoverAt("aws:PrincipalTag/team")!.contents[1]).toContain("Global condition key");
  });

  it("given a value that is neither action nor key, when hovered, then there is no hover", () => {
    expect(hoverTarget(doc, doc.indexOf("home/"))).toBeUndefined();
  });

  it("given a service that is not loaded, when an action is hovered, then the target names the service to load", () => {
    expect(hoverTarget(doc, doc.indexOf("s3:GetObject"))?.service).toBe("s3");
    expect(hoverAt("s3:GetObject", testCatalog({ loadS3: false }))!.contents[1]).toContain(
      "loading",
    );
  });
});
