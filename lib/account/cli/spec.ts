/** The shape of the CLI's command table: each command's API operation and its parameters. */

/** How a parameter reads its values. */
export type ArgType = "string" | "integer" | "boolean" | "list" | "structs";

/** One `--flag` of a command. */
export interface ArgSpec {
  flag: string;
  /** The API member it fills (`UserName`). */
  key: string;
  type: ArgType;
  required?: boolean;
  /** For `structs`: the keys whose shorthand values are lists (`Values`). */
  listKeys?: string[];
}

/** One `aws <service> <command>`. */
export interface CommandSpec {
  /** The API operation (`CreateUser`). */
  operation: string;
  args: ArgSpec[];
}

const s = (flag: string, key: string, required = false): ArgSpec => ({
  flag,
  key,
  type: "string",
  required,
});
const int = (flag: string, key: string): ArgSpec => ({ flag, key, type: "integer" });
const bool = (flag: string, key: string): ArgSpec => ({ flag, key, type: "boolean" });
const tags: ArgSpec = { flag: "--tags", key: "Tags", type: "structs" };

const userName = s("--user-name", "UserName", true);
const groupName = s("--group-name", "GroupName", true);
const roleName = s("--role-name", "RoleName", true);
const policyArn = s("--policy-arn", "PolicyArn", true);
const path = s("--path", "Path");
const pathPrefix = s("--path-prefix", "PathPrefix");

/** The API commands, by service and command name. */
export const COMMANDS: Record<string, Record<string, CommandSpec>> = {
  iam: {
    "add-role-to-instance-profile": {
      operation: "AddRoleToInstanceProfile",
      args: [s("--instance-profile-name", "InstanceProfileName", true), roleName],
    },
    "add-user-to-group": { operation: "AddUserToGroup", args: [groupName, userName] },
    "attach-group-policy": { operation: "AttachGroupPolicy", args: [groupName, policyArn] },
    "attach-role-policy": { operation: "AttachRolePolicy", args: [roleName, policyArn] },
    "attach-user-policy": { operation: "AttachUserPolicy", args: [userName, policyArn] },
    "create-access-key": { operation: "CreateAccessKey", args: [s("--user-name", "UserName")] },
    "create-group": { operation: "CreateGroup", args: [path, groupName] },
    "create-instance-profile": {
      operation: "CreateInstanceProfile",
      args: [s("--instance-profile-name", "InstanceProfileName", true), path, tags],
    },
    "create-login-profile": {
      operation: "CreateLoginProfile",
      args: [
        s("--user-name", "UserName"),
        s("--password", "Password"),
        bool("--password-reset-required", "PasswordResetRequired"),
      ],
    },
    "create-policy": {
      operation: "CreatePolicy",
      args: [
        s("--policy-name", "PolicyName", true),
        path,
        s("--policy-document", "PolicyDocument", true),
        s("--description", "Description"),
        tags,
      ],
    },
    "create-policy-version": {
      operation: "CreatePolicyVersion",
      args: [
        policyArn,
        s("--policy-document", "PolicyDocument", true),
        bool("--set-as-default", "SetAsDefault"),
      ],
    },
    "create-role": {
      operation: "CreateRole",
      args: [
        path,
        roleName,
        s("--assume-role-policy-document", "AssumeRolePolicyDocument", true),
        s("--description", "Description"),
        int("--max-session-duration", "MaxSessionDuration"),
        s("--permissions-boundary", "PermissionsBoundary"),
        tags,
      ],
    },
    "create-user": {
      operation: "CreateUser",
      args: [path, userName, s("--permissions-boundary", "PermissionsBoundary"), tags],
    },
    "delete-group": { operation: "DeleteGroup", args: [groupName] },
    "delete-policy": { operation: "DeletePolicy", args: [policyArn] },
    "delete-user": { operation: "DeleteUser", args: [userName] },
    "detach-group-policy": { operation: "DetachGroupPolicy", args: [groupName, policyArn] },
    "detach-role-policy": { operation: "DetachRolePolicy", args: [roleName, policyArn] },
    "detach-user-policy": { operation: "DetachUserPolicy", args: [userName, policyArn] },
    "get-group": { operation: "GetGroup", args: [groupName] },
    "get-policy": { operation: "GetPolicy", args: [policyArn] },
    "get-policy-version": {
      operation: "GetPolicyVersion",
      args: [policyArn, s("--version-id", "VersionId", true)],
    },
    "get-role": { operation: "GetRole", args: [roleName] },
    "get-user": { operation: "GetUser", args: [s("--user-name", "UserName")] },
    "list-access-keys": { operation: "ListAccessKeys", args: [s("--user-name", "UserName")] },
    "list-attached-group-policies": {
      operation: "ListAttachedGroupPolicies",
      args: [groupName, pathPrefix],
    },
    "list-attached-role-policies": {
      operation: "ListAttachedRolePolicies",
      args: [roleName, pathPrefix],
    },
    "list-attached-user-policies": {
      operation: "ListAttachedUserPolicies",
      args: [userName, pathPrefix],
    },
    "list-groups": { operation: "ListGroups", args: [pathPrefix] },
    "list-groups-for-user": { operation: "ListGroupsForUser", args: [userName] },
    "list-users": { operation: "ListUsers", args: [pathPrefix] },
    "put-role-policy": {
      operation: "PutRolePolicy",
      args: [
        roleName,
        s("--policy-name", "PolicyName", true),
        s("--policy-document", "PolicyDocument", true),
      ],
    },
    "put-user-policy": {
      operation: "PutUserPolicy",
      args: [
        userName,
        s("--policy-name", "PolicyName", true),
        s("--policy-document", "PolicyDocument", true),
      ],
    },
    "remove-user-from-group": { operation: "RemoveUserFromGroup", args: [groupName, userName] },
  },
  sts: {
    "assume-role": {
      operation: "AssumeRole",
      args: [
        s("--role-arn", "RoleArn", true),
        s("--role-session-name", "RoleSessionName", true),
        s("--policy", "Policy"),
        int("--duration-seconds", "DurationSeconds"),
        s("--external-id", "ExternalId"),
        s("--serial-number", "SerialNumber"),
        s("--token-code", "TokenCode"),
      ],
    },
    "get-caller-identity": { operation: "GetCallerIdentity", args: [] },
  },
  s3api: {
    "delete-bucket-policy": {
      operation: "DeleteBucketPolicy",
      args: [s("--bucket", "Bucket", true), s("--expected-bucket-owner", "ExpectedBucketOwner")],
    },
    "get-bucket-policy": {
      operation: "GetBucketPolicy",
      args: [s("--bucket", "Bucket", true), s("--expected-bucket-owner", "ExpectedBucketOwner")],
    },
    "list-buckets": { operation: "ListBuckets", args: [] },
    "list-objects-v2": {
      operation: "ListObjectsV2",
      args: [s("--bucket", "Bucket", true), s("--prefix", "Prefix"), s("--delimiter", "Delimiter")],
    },
    "put-bucket-policy": {
      operation: "PutBucketPolicy",
      args: [
        s("--bucket", "Bucket", true),
        s("--policy", "Policy", true),
        s("--expected-bucket-owner", "ExpectedBucketOwner"),
      ],
    },
  },
  ec2: {
    "describe-instances": {
      operation: "DescribeInstances",
      args: [
        { flag: "--instance-ids", key: "InstanceIds", type: "list" },
        { flag: "--filters", key: "Filters", type: "structs", listKeys: ["Values"] },
        bool("--dry-run", "DryRun"),
      ],
    },
    "start-instances": {
      operation: "StartInstances",
      args: [
        { flag: "--instance-ids", key: "InstanceIds", type: "list", required: true },
        bool("--dry-run", "DryRun"),
      ],
    },
    "stop-instances": {
      operation: "StopInstances",
      args: [
        { flag: "--instance-ids", key: "InstanceIds", type: "list", required: true },
        bool("--dry-run", "DryRun"),
        bool("--hibernate", "Hibernate"),
        bool("--force", "Force"),
      ],
    },
  },
};

/** The high-level `aws s3` commands (handled by `s3.ts`). */
export const S3_COMMANDS = ["cp", "ls"] as const;

/** Every service the CLI knows here. */
export const SERVICES = ["ec2", "iam", "s3", "s3api", "sts"] as const;
