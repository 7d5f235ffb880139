/**
 * Correct, least-privilege policies as people write them in practice. The linter must raise no
 * error or warning on any of them (suggestions are fine). Walked by `corpus.test.ts`.
 */
import type { PolicyType } from "../types";

export interface CorpusPolicy {
  name: string;
  type: PolicyType;
  policy: unknown;
}

const V = "2012-10-17";
const ACCOUNT = "111122223333";
const OTHER = "444455556666";

export const CORPUS: CorpusPolicy[] = [
  {
    name: "S3 per-user home folders with ${aws:username}",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "ListBuckets",
          Effect: "Allow",
          Action: ["s3:ListAllMyBuckets", "s3:GetBucketLocation"],
          Resource: "*",
        },
        {
          Sid: "ListOwnFolder",
          Effect: "Allow",
          Action: "s3:ListBucket",
          Resource: "arn:aws:s3:::team-docs",
          Condition: { StringLike: { "s3:prefix": ["", "home/", "home/${aws:username}/*"] } },
        },
        {
          Sid: "ReadWriteOwnFolder",
          Effect: "Allow",
          Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
          Resource: "arn:aws:s3:::team-docs/home/${aws:username}/*",
        },
      ],
    },
  },
  {
    name: "EC2 start/stop by tag",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "StartStopOwnTeam",
          Effect: "Allow",
          Action: ["ec2:StartInstances", "ec2:StopInstances"],
          Resource: `arn:aws:ec2:*:${ACCOUNT}:instance/*`,
          Condition: { StringEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" } },
        },
        { Sid: "Describe", Effect: "Allow", Action: "ec2:DescribeInstances", Resource: "*" },
      ],
    },
  },
  {
    name: "KMS key policy",
    type: "resource",
    policy: {
      Version: V,
      Id: "key-policy",
      Statement: [
        {
          Sid: "EnableRootAccountAccess",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: "kms:*",
          Resource: "*",
        },
        {
          Sid: "AllowUseByAppRole",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
          Action: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"],
          Resource: "*",
        },
      ],
    },
  },
  {
    name: "Bucket policy for CloudFront OAC",
    type: "resource",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "AllowCloudFrontServicePrincipal",
          Effect: "Allow",
          Principal: { Service: "cloudfront.amazonaws.com" },
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::site-assets/*",
          Condition: {
            StringEquals: {
              "AWS:SourceArn": `arn:aws:cloudfront::${ACCOUNT}:distribution/EDFDVBD6EXAMPLE`,
            },
          },
        },
      ],
    },
  },
  {
    name: "Cross-account role trust with ExternalId",
    type: "trust",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "sts:ExternalId": "Unique-3f9a2c" } },
        },
      ],
    },
  },
  {
    name: "EC2 instance role trust",
    type: "trust",
    policy: {
      Version: V,
      Statement: [
        { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
      ],
    },
  },
  {
    name: "Lambda execution role trust",
    type: "trust",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "lambda.amazonaws.com" },
          Action: "sts:AssumeRole",
        },
      ],
    },
  },
  {
    name: "GitHub Actions OIDC trust",
    type: "trust",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Principal: {
            Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
          },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
            StringLike: {
              "token.actions.githubusercontent.com:sub": "repo:example-org/app:ref:refs/heads/main",
            },
          },
        },
      ],
    },
  },
  {
    name: "SCP region deny",
    type: "scp",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "DenyOutsideEU",
          Effect: "Deny",
          NotAction: [
            "iam:*",
            "organizations:*",
            "sts:*",
            "support:*",
            "cloudfront:*",
            "route53:*",
          ],
          Resource: "*",
          Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } },
        },
      ],
    },
  },
  {
    name: "SCP FullAWSAccess",
    type: "scp",
    policy: { Version: V, Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
  },
  {
    name: "SCP deny leaving the organization",
    type: "scp",
    policy: {
      Version: V,
      Statement: [{ Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" }],
    },
  },
  {
    name: "SCP protect security role",
    type: "scp",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "ProtectSecurityRole",
          Effect: "Deny",
          Action: [
            "iam:AttachRolePolicy",
            "iam:DeleteRole",
            "iam:DeleteRolePolicy",
            "iam:DetachRolePolicy",
            "iam:PutRolePolicy",
            "iam:UpdateAssumeRolePolicy",
          ],
          Resource: "arn:aws:iam::*:role/SecurityAudit",
          Condition: { ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/OrgAdmin" } },
        },
      ],
    },
  },
  {
    name: "MFA-required deny with BoolIfExists",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "DenyAllExceptMfaSetupWithoutMfa",
          Effect: "Deny",
          NotAction: [
            "iam:CreateVirtualMFADevice",
            "iam:EnableMFADevice",
            "iam:GetUser",
            "iam:ListMFADevices",
            "iam:ListVirtualMFADevices",
            "iam:ResyncMFADevice",
            "sts:GetSessionToken",
          ],
          Resource: "*",
          Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
        },
      ],
    },
  },
  {
    name: "Deny insecure transport bucket policy",
    type: "resource",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: ["arn:aws:s3:::records", "arn:aws:s3:::records/*"],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    },
  },
  {
    name: "Bucket policy granting another account read",
    type: "resource",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "CrossAccountList",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
          Action: "s3:ListBucket",
          Resource: "arn:aws:s3:::shared-data",
        },
        {
          Sid: "CrossAccountRead",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::shared-data/*",
        },
      ],
    },
  },
  {
    name: "Bucket policy limited to the organization",
    type: "resource",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "OrgRead",
          Effect: "Allow",
          Principal: "*",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::org-artifacts/*",
          Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
        },
      ],
    },
  },
  {
    name: "Source IP restriction",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "DenyOutsideOffice",
          Effect: "Deny",
          Action: "*",
          Resource: "*",
          Condition: {
            NotIpAddress: { "aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24"] },
            Bool: { "aws:ViaAWSService": "false" },
          },
        },
      ],
    },
  },
  {
    name: "DynamoDB per-user items (fine-grained access)",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "OwnItems",
          Effect: "Allow",
          Action: [
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:Query",
          ],
          Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/GameScores`,
          Condition: {
            "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": ["${www.amazon.com:user_id}"] },
          },
        },
      ],
    },
  },
  {
    name: "Lambda basic execution (logs)",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "CreateGroup",
          Effect: "Allow",
          Action: "logs:CreateLogGroup",
          Resource: `arn:aws:logs:eu-west-1:${ACCOUNT}:*`,
        },
        {
          Sid: "WriteLogs",
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/lambda/orders:*`,
        },
      ],
    },
  },
  {
    name: "SQS send to one queue",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: ["sqs:SendMessage", "sqs:GetQueueUrl"],
          Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:orders`,
        },
      ],
    },
  },
  {
    name: "SQS queue policy for an SNS topic",
    type: "resource",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "AllowTopic",
          Effect: "Allow",
          Principal: { Service: "sns.amazonaws.com" },
          Action: "sqs:SendMessage",
          Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:orders`,
          Condition: {
            ArnEquals: { "aws:SourceArn": `arn:aws:sns:eu-west-1:${ACCOUNT}:order-events` },
          },
        },
      ],
    },
  },
  {
    name: "Secrets Manager read one secret",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
          Resource: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:prod/db-AbCdEf`,
        },
      ],
    },
  },
  {
    name: "PassRole to EC2 only, one role",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        { Sid: "RunInstances", Effect: "Allow", Action: "ec2:RunInstances", Resource: "*" },
        {
          Sid: "PassAppRole",
          Effect: "Allow",
          Action: "iam:PassRole",
          Resource: `arn:aws:iam::${ACCOUNT}:role/app-instance`,
          Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
        },
      ],
    },
  },
  {
    name: "Self-service credentials",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "ManageOwnKeysAndPassword",
          Effect: "Allow",
          Action: [
            "iam:ChangePassword",
            "iam:CreateAccessKey",
            "iam:DeleteAccessKey",
            "iam:ListAccessKeys",
            "iam:UpdateAccessKey",
            "iam:GetUser",
          ],
          Resource: `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`,
        },
        {
          Sid: "PasswordPolicy",
          Effect: "Allow",
          Action: "iam:GetAccountPasswordPolicy",
          Resource: "*",
        },
      ],
    },
  },
  {
    name: "Tag-on-create (ABAC) for EC2",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "CreateTaggedVolumes",
          Effect: "Allow",
          Action: "ec2:CreateVolume",
          Resource: `arn:aws:ec2:*:${ACCOUNT}:volume/*`,
          Condition: {
            StringEquals: { "aws:RequestTag/team": "${aws:PrincipalTag/team}" },
            "ForAllValues:StringEquals": { "aws:TagKeys": ["team", "cost-center"] },
          },
        },
        {
          Sid: "TagOnCreate",
          Effect: "Allow",
          Action: "ec2:CreateTags",
          Resource: `arn:aws:ec2:*:${ACCOUNT}:volume/*`,
          Condition: { StringEquals: { "ec2:CreateAction": "CreateVolume" } },
        },
      ],
    },
  },
  {
    name: "Permissions boundary for developers",
    type: "boundary",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "AppServices",
          Effect: "Allow",
          Action: ["s3:*", "dynamodb:*", "lambda:*", "logs:*", "cloudwatch:*"],
          Resource: "*",
        },
        {
          Sid: "NoBoundaryRemoval",
          Effect: "Deny",
          Action: ["iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary"],
          Resource: "*",
        },
      ],
    },
  },
  {
    name: "Session policy narrowing to one bucket",
    type: "session",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: ["s3:GetObject", "s3:PutObject"],
          Resource: "arn:aws:s3:::reports/2026/*",
        },
      ],
    },
  },
  {
    name: "RCP enforce TLS on S3",
    type: "rcp",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "EnforceTLS",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: "*",
          Condition: { BoolIfExists: { "aws:SecureTransport": "false" } },
        },
      ],
    },
  },
  {
    name: "RCP organization perimeter",
    type: "rcp",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "EnforceOrgIdentities",
          Effect: "Deny",
          Principal: "*",
          Action: ["s3:*", "sqs:*", "kms:*", "secretsmanager:*", "sts:AssumeRole"],
          Resource: "*",
          Condition: {
            StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" },
            BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
          },
        },
      ],
    },
  },
  {
    name: "Time-boxed access",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::exam-papers/*",
          Condition: {
            DateGreaterThan: { "aws:CurrentTime": "2026-06-01T09:00:00Z" },
            DateLessThan: { "aws:CurrentTime": "2026-06-01T12:00:00Z" },
          },
        },
      ],
    },
  },
  {
    name: "Require recent MFA for deletes",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: "s3:DeleteObject",
          Resource: "arn:aws:s3:::archive/*",
          Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } },
        },
      ],
    },
  },
  {
    name: "VPC endpoint-only bucket access",
    type: "resource",
    policy: {
      Version: V,
      Statement: [
        {
          Sid: "DenyOutsideVpce",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: ["arn:aws:s3:::internal-data", "arn:aws:s3:::internal-data/*"],
          Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
        },
      ],
    },
  },
  {
    name: "SNS topic policy for CloudWatch alarms",
    type: "resource",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "cloudwatch.amazonaws.com" },
          Action: "sns:Publish",
          Resource: `arn:aws:sns:eu-west-1:${ACCOUNT}:alerts`,
          Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
        },
      ],
    },
  },
  {
    name: "Read-only CloudWatch dashboards",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: [
            "cloudwatch:GetDashboard",
            "cloudwatch:ListDashboards",
            "cloudwatch:GetMetricData",
          ],
          Resource: "*",
        },
      ],
    },
  },
  {
    name: "ECR pull for one repository",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        { Sid: "Token", Effect: "Allow", Action: "ecr:GetAuthorizationToken", Resource: "*" },
        {
          Sid: "Pull",
          Effect: "Allow",
          Action: [
            "ecr:BatchGetImage",
            "ecr:GetDownloadUrlForLayer",
            "ecr:BatchCheckLayerAvailability",
          ],
          Resource: `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/web`,
        },
      ],
    },
  },
  {
    name: "Assume one role in another account",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: "sts:AssumeRole",
          Resource: `arn:aws:iam::${OTHER}:role/ReadOnlyAuditor`,
        },
      ],
    },
  },
  {
    name: "KMS via S3 only",
    type: "identity",
    policy: {
      Version: V,
      Statement: [
        {
          Effect: "Allow",
          Action: ["kms:Decrypt", "kms:GenerateDataKey"],
          Resource: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          Condition: { StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" } },
        },
      ],
    },
  },
];
