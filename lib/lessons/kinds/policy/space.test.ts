import { describe, expect, it } from "vitest";
import { orderedRequests } from "./space";

describe("orderedRequests", () => {
  it("given a space, when ordered, then concrete resources come first, then shorter actions, then shorter resources", () => {
    const requests = orderedRequests({
      principals: ["user/a"],
      actions: ["s3:PutObject", "s3:GetObjectAcl", "s3:GetObject"],
      resources: ["*", "arn:aws:s3:::b/long-key", "arn:aws:s3:::b/k"],
      contexts: [{}],
    });
    expect(requests.map((r) => `${r.action} ${r.resource}`).slice(0, 4)).toEqual([
      "s3:GetObject arn:aws:s3:::b/k",
      "s3:GetObject arn:aws:s3:::b/long-key",
      "s3:PutObject arn:aws:s3:::b/k",
      "s3:PutObject arn:aws:s3:::b/long-key",
    ]);
    expect(requests.at(-1)).toEqual({
      principal: "user/a",
      action: "s3:GetObjectAcl",
      resource: "*",
    });
  });

  it("given a catalog that knows resource types, when ordered, then impossible pairs are skipped", () => {
    const requests = orderedRequests({
      principals: ["user/a"],
      actions: ["s3:ListJobs", "s3:GetObject"],
      resources: ["arn:aws:s3:::b/k", "*"],
      contexts: [{}],
      appliesTo: (action, resource) => (action === "s3:ListJobs") === (resource === "*"),
    });
    expect(requests.map((r) => `${r.action} ${r.resource}`)).toEqual([
      "s3:GetObject arn:aws:s3:::b/k",
      "s3:ListJobs *",
    ]);
  });
});
