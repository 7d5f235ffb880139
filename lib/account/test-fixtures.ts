/** A small scenario and catalog shared by the account tests. */
import type { World } from "@/lib/sim";
import type { AccountEnv } from "./authorize";

export const ACCOUNT = "111122223333";
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
export const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;
export const ADMIN = `arn:aws:iam::${ACCOUNT}:user/admin`;

const allow = (Action: string | string[], Resource: string | string[] = "*") => ({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action, Resource }],
});

/** AWS managed policies the tests attach. */
export const ENV: AccountEnv = {
  awsManaged: (name) => {
    const docs: Record<string, unknown> = {
      AdministratorAccess: allow("*"),
      ReadOnlyAccess: allow(["iam:Get*", "iam:List*", "s3:Get*", "s3:List*", "ec2:Describe*"]),
      IAMUserChangePassword: allow("iam:ChangePassword"),
    };
    const document = docs[name];
    return document
      ? { name, arn: `arn:aws:iam::aws:policy/${name}`, version: "v3", document }
      : undefined;
  },
};

/** bob has no permissions; admin is an administrator; DeployRole trusts the account. */
export function scenario(): World {
  return {
    accounts: [
      {
        id: ACCOUNT,
        users: [
          { name: "bob" },
          { name: "admin", attached: ["aws:AdministratorAccess"] },
          { name: "reader", attached: ["aws:ReadOnlyAccess"] },
        ],
        groups: [{ name: "Devs" }],
        roles: [
          {
            name: "DeployRole",
            trustPolicy: {
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/admin` },
                  Action: "sts:AssumeRole",
                },
              ],
            },
            attached: ["aws:ReadOnlyAccess"],
            maxSessionDuration: 7200,
          },
        ],
        policies: [
          { name: "S3Read", document: allow("s3:GetObject", "arn:aws:s3:::demo-bucket/*") },
        ],
        resources: [
          { kind: "s3-bucket", arn: "arn:aws:s3:::demo-bucket" },
          { kind: "s3-object", arn: "arn:aws:s3:::demo-bucket/logs/app.log" },
          { kind: "s3-object", arn: "arn:aws:s3:::demo-bucket/readme.txt" },
          {
            kind: "ec2-instance",
            arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`,
            tags: { env: "dev" },
          },
        ],
      },
    ],
  };
}
