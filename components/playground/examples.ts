import type { PolicyType } from "@/lib/iam";
import type { ContextRow, PlaygroundRequest } from "./requestInput";

/** A ready-made policy and request for the "Load example" menu. */
export interface PlaygroundExample {
  id: string;
  title: string;
  type: PolicyType;
  policy: string;
  request: PlaygroundRequest;
}

let rowSeq = 0;
/** A new context row with a unique id. */
export function newContextRow(key = "", value = ""): ContextRow {
  rowSeq += 1;
  return { id: `ctx-${rowSeq}`, key, value };
}

const doc = (statements: unknown[]) =>
  `${JSON.stringify({ Version: "2012-10-17", Statement: statements }, null, 2)}\n`;

const ALICE = "arn:aws:iam::111122223333:user/alice";

/** The examples, in menu order. Each one's request is decided as its title promises. */
export const EXAMPLES: PlaygroundExample[] = [
  {
    id: "office-ip",
    title: "Read a bucket from the office IP",
    type: "identity",
    policy: doc([
      {
        Sid: "ReadReportsFromOffice",
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::reports/*",
        Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
      },
    ]),
    request: {
      principal: ALICE,
      action: "s3:GetObject",
      resource: "arn:aws:s3:::reports/2024/q1.csv",
      resourceAccount: "",
      context: [newContextRow("aws:SourceIp", "203.0.113.7")],
      callerAllowAll: false,
    },
  },
  {
    id: "region-scp",
    title: "Deny outside eu-west-1 (SCP)",
    type: "scp",
    policy: doc([
      { Sid: "AllowEverything", Effect: "Allow", Action: "*", Resource: "*" },
      {
        Sid: "DenyOutsideEuWest1",
        Effect: "Deny",
        NotAction: ["iam:*", "organizations:*", "sts:*", "support:*"],
        Resource: "*",
        Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
      },
    ]),
    request: {
      principal: ALICE,
      action: "ec2:RunInstances",
      resource: "arn:aws:ec2:us-east-1:111122223333:instance/*",
      resourceAccount: "",
      context: [newContextRow("aws:RequestedRegion", "us-east-1")],
      callerAllowAll: false,
    },
  },
  {
    id: "cross-account-bucket",
    title: "Cross-account bucket policy",
    type: "resource",
    policy: doc([
      {
        Sid: "PartnerReadsSharedData",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::444455556666:user/bob" },
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::shared-data/*",
      },
    ]),
    request: {
      principal: "arn:aws:iam::444455556666:user/bob",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::shared-data/catalogue.csv",
      resourceAccount: "111122223333",
      context: [],
      callerAllowAll: true,
    },
  },
  {
    id: "ec2-trust",
    title: "Trust policy for EC2",
    type: "trust",
    policy: doc([
      {
        Sid: "Ec2AssumesRole",
        Effect: "Allow",
        Principal: { Service: "ec2.amazonaws.com" },
        Action: "sts:AssumeRole",
      },
    ]),
    request: {
      principal: "ec2.amazonaws.com",
      action: "sts:AssumeRole",
      resource: "arn:aws:iam::111122223333:role/WebServerRole",
      resourceAccount: "",
      context: [],
      callerAllowAll: false,
    },
  },
];

/** A deep copy of an example's request with fresh context row ids. */
export function exampleRequest(example: PlaygroundExample): PlaygroundRequest {
  return {
    ...example.request,
    context: example.request.context.map((r) => newContextRow(r.key, r.value)),
  };
}
