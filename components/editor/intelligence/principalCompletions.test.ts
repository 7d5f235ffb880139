import { describe, expect, it } from "vitest";
import { buildCompletions } from "./completions";
import { SERVICE_PRINCIPALS } from "./principalData";
import { testCatalog } from "./testCatalog";

function at(template: string): [string, number] {
  const offset = template.indexOf("|");
  return [template.slice(0, offset) + template.slice(offset + 1), offset];
}

const complete = (template: string) => buildCompletions(testCatalog(), ...at(template));
const labels = (template: string) => complete(template).entries.map((e) => e.label);

describe("principal completions", () => {
  it("given a Service value in a Principal, when completing, then curated service principals come with descriptions", () => {
    const result = complete(
      '{"Statement":[{"Effect":"Allow","Principal":{"Service":"|"},"Action":"sts:AssumeRole"}]}',
    );
    const names = result.entries.map((e) => e.label);
    expect(names).toEqual(
      expect.arrayContaining([
        "ec2.amazonaws.com",
        "lambda.amazonaws.com",
        "ecs-tasks.amazonaws.com",
        "firehose.amazonaws.com",
      ]),
    );
    expect(names).toHaveLength(SERVICE_PRINCIPALS.length);
    const lambda = result.entries.find((e) => e.label === "lambda.amazonaws.com")!;
    expect(lambda).toMatchObject({ kind: "principal", insertText: "lambda.amazonaws.com" });
    expect(lambda.detail).toMatch(/Lambda/);
  });

  it("given a Service array item in a NotPrincipal, when completing, then service principals come too", () => {
    expect(
      labels('{"Statement":{"NotPrincipal":{"Service":["ec2.amazonaws.com","|"]}}}'),
    ).toContain("sns.amazonaws.com");
  });

  it("given an empty Service value slot, when completing, then service principals come", () => {
    expect(labels('{"Statement":{"Principal":{"Service": |}}}')).toContain("ssm.amazonaws.com");
  });

  it("given an AWS value, when completing, then ARN templates with tab stops and * are offered", () => {
    const result = complete('{"Statement":[{"Principal":{"AWS":["|"]}}]}');
    expect(result.entries.map((e) => e.label)).toEqual([
      "*",
      "arn:aws:iam::ACCOUNT:root",
      "arn:aws:iam::ACCOUNT:user/NAME",
      "arn:aws:iam::ACCOUNT:role/NAME",
      "arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION",
    ]);
    const session = result.entries.find((e) => e.label.includes("assumed-role"))!;
    expect(session).toMatchObject({
      snippet: true,
      insertText: "arn:aws:sts::${1:ACCOUNT}:assumed-role/${2:ROLE}/${3:SESSION}",
    });
    expect(result.entries.find((e) => e.label === "*")).toMatchObject({ insertText: "*" });
  });

  it("given other places near principals, when completing, then no principal values are offered", () => {
    for (const template of [
      '{"Statement":{"Principal":{"Federated":"|"}}}',
      '{"Statement":{"Principal":{"Service":{"x":"|"}}}}',
      '{"Statement":{"Action":"|"}}',
      '{"Principal":{"Service":"|"}}',
    ]) {
      expect(complete(template).entries.filter((e) => e.kind === "principal")).toEqual([]);
    }
  });
});
