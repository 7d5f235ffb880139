import { describe, expect, it } from "vitest";
import { referencedServices } from "./services";

describe("referencedServices", () => {
  it("given actions, ARNs and condition keys, when scanned, then their service prefixes are listed once", () => {
    const text = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: ["S3:GetObject", "s3:List*", "*:Describe*"],
          Resource: ["arn:aws:s3:::b/*", "arn:aws:kms:eu-west-1:111122223333:key/k", "*"],
          Condition: {
            StringEquals: {
              "ec2:ResourceTag/team": "x",
              "aws:SourceIp": "1.2.3.4",
              "saml:aud": "a",
            },
          },
        },
      ],
    });
    expect(referencedServices(text)).toEqual(["ec2", "kms", "s3", "saml"]);
  });
  it("given broken JSON, when scanned, then nothing is returned and nothing throws", () => {
    expect(referencedServices('{"Statement": [')).toEqual([]);
  });
});
