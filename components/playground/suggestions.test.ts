import { describe, expect, it } from "vitest";
import { Catalog, memoryCatalogSource, type CatalogIndex } from "@/lib/iam";
import { actionOptions, contextKeyOptions } from "./suggestions";

const INDEX: CatalogIndex = {
  format: 1,
  dataVersion: "test",
  rcpServices: [],
  services: [
    {
      prefix: "s3",
      name: "Amazon S3",
      actions: [
        ["GetObject", "Read"],
        ["PutObject", "Write"],
      ],
    },
    { prefix: "sqs", name: "Amazon SQS", actions: [["SendMessage", "Write"]] },
  ],
  globalConditionKeys: [
    { key: "aws:SourceIp", type: "IPAddress", multiValued: false, category: "network" },
    {
      key: "aws:PrincipalTag/${TagKey}",
      type: "String",
      multiValued: false,
      category: "principal",
    },
  ],
};
const catalog = new Catalog(memoryCatalogSource(INDEX));

describe("actionOptions", () => {
  it("given no colon, then service prefixes that start with the text are offered", () => {
    expect(actionOptions(catalog, "s")).toEqual(["s3:", "sqs:"]);
    expect(actionOptions(catalog, "sq")).toEqual(["sqs:"]);
  });

  it("given a service and a partial name, then that service's matching actions are offered", () => {
    expect(actionOptions(catalog, "s3:get")).toEqual(["s3:GetObject"]);
    expect(actionOptions(catalog, "nope:x")).toEqual([]);
  });

  it("given no catalog yet, then nothing is offered", () => {
    expect(actionOptions(undefined, "s3:")).toEqual([]);
    expect(contextKeyOptions(undefined)).toEqual([]);
  });
});

describe("contextKeyOptions", () => {
  it("given global keys, then tag-style keys get a sample tag name", () => {
    expect(contextKeyOptions(catalog)).toEqual(["aws:SourceIp", "aws:PrincipalTag/team"]);
  });
});
