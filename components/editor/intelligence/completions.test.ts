import { describe, expect, it } from "vitest";
import { arnTemplateSnippet, buildCompletions, conditionKeySnippet } from "./completions";
import { testCatalog } from "./testCatalog";

function at(template: string): [string, number] {
  const offset = template.indexOf("|");
  return [template.slice(0, offset) + template.slice(offset + 1), offset];
}

const labels = (r: { entries: { label: string }[] }) => r.entries.map((e) => e.label);

describe("buildCompletions", () => {
  const catalog = testCatalog();

  it("given an Action value without a colon, when completing, then services are offered and re-trigger", () => {
    const [text, offset] = at('{"Statement":[{"Effect":"Allow","Action":"s|"}]}');
    const result = buildCompletions(catalog, text, offset);
    expect(labels(result)).toEqual(["s3", "iam"]);
    expect(result.entries[0]).toMatchObject({
      insertText: "s3:",
      retrigger: true,
      kind: "service",
    });
  });

  it("given `s3:` in an Action array, when completing, then s3 actions come with access level and description", () => {
    const [text, offset] = at('{"Statement":[{"Action":["iam:PassRole","s3:|"]}]}');
    const result = buildCompletions(catalog, text, offset);
    expect(labels(result)).toContain("s3:GetObject");
    expect(labels(result)).not.toContain("iam:PassRole");
    const get = result.entries.find((e) => e.label === "s3:GetObject")!;
    expect(get.detail).toBe("Read");
    expect(get.documentation).toContain("Grants permission to retrieve objects from Amazon S3");
    expect(get.documentation).toContain("Resource types: `object` (required)");
    expect(result.missingServices).toEqual([]);
  });

  it("given a service that is not loaded, when completing actions, then names come and the service is reported missing", () => {
    const [text, offset] = at('{"Statement":{"NotAction":"s3:Get|"}}');
    const result = buildCompletions(testCatalog({ loadS3: false }), text, offset);
    expect(labels(result)).toContain("s3:GetObject");
    const get = result.entries.find((e) => e.label === "s3:GetObject");
    expect(get).toMatchObject({ detail: "Read", documentation: undefined });
    expect(result.missingServices).toEqual(["s3"]);
  });

  it("given a key slot under Condition, when completing, then operators with IfExists and set prefixes are offered", () => {
    const [text, offset] = at('{"Statement":[{"Effect":"Allow","Condition":{"|"}}]}');
    const names = labels(buildCompletions(catalog, text, offset));
    expect(names).toEqual(
      expect.arrayContaining(["StringEquals", "BoolIfExists", "ForAnyValue:StringLike", "Null"]),
    );
    expect(names).not.toContain("NullIfExists");
  });

  it("given a key slot under an operator, when completing, then the statement's action keys and global keys come, fitting types first", () => {
    const [text, offset] = at(
      '{"Statement":[{"Action":"s3:GetObject","Resource":"*","Condition":{"NumericLessThan":{"|"}}}]}',
    );
    const result = buildCompletions(catalog, text, offset);
    const names = labels(result);
    expect(names).toEqual(
      expect.arrayContaining(["s3:TlsVersion", "s3:ExistingObjectTag/<key>", "aws:SourceIp"]),
    );
    expect(names).not.toContain("s3:prefix");
    const sorted = [...result.entries].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(sorted[0].label).toBe("s3:TlsVersion");
  });

  it("given a Resource value, when completing, then ARN templates of the actions' resource types and * are offered", () => {
    const [text, offset] = at(
      '{"Statement":[{"Action":["s3:Get*","s3:ListBucket"],"Resource":["|"]}]}',
    );
    const names = labels(buildCompletions(catalog, text, offset));
    expect(names).toEqual([
      "*",
      "arn:aws:s3:::${BucketName}/${ObjectName}",
      "arn:aws:s3:::${BucketName}",
    ]);
  });

  it("given a cursor on Effect or outside statements, when completing, then nothing is offered here (the schema does it)", () => {
    for (const template of ['{"Statement":[{"Effect":"|"}]}', '{"Version":"|"}', '{"|"}']) {
      const [text, offset] = at(template);
      expect(buildCompletions(catalog, text, offset).entries).toEqual([]);
    }
  });
});

describe("snippets", () => {
  it("given an ARN format, when turned into a snippet, then the partition is filled and the rest are tab stops", () => {
    expect(arnTemplateSnippet("arn:${Partition}:s3:::${BucketName}/${ObjectName}")).toEqual({
      label: "arn:aws:s3:::${BucketName}/${ObjectName}",
      snippet: "arn:aws:s3:::${1:BucketName}/${2:ObjectName}",
    });
  });

  it("given tag-style condition keys, when turned into snippets, then the placeholder becomes a tab stop", () => {
    expect(conditionKeySnippet("aws:PrincipalTag/${TagKey}")).toBe("aws:PrincipalTag/${1:TagKey}");
    expect(conditionKeySnippet("s3:ExistingObjectTag/<key>")).toBe("s3:ExistingObjectTag/${1:key}");
    expect(conditionKeySnippet("aws:SourceIp")).toBe("aws:SourceIp");
  });
});
