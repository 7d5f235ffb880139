/** Customer managed policies and their versions; AWS managed policies are read-only. */
import { nextId, now } from "../clock";
import { apiError, deleteConflict, isApiError, noSuchPolicy, type ApiError } from "../errors";
import { checkName, checkPath } from "../names";
import { ownAccount, type OpContext, type Operation, type Params } from "../operation";
import type { AccountRecord, PolicyRecord } from "../state";
import { iamArn, invalidArn, parsePolicyArn, readDocument, req, str } from "./common";

function policyShape(account: AccountRecord, p: PolicyRecord) {
  const ref = p.name;
  const count = [...account.users, ...account.groups, ...account.roles].filter((e) =>
    e.attached.includes(ref),
  ).length;
  const boundaries = [...account.users, ...account.roles].filter((e) => e.boundary === ref).length;
  return {
    PolicyName: p.name,
    PolicyId: p.id,
    Arn: iamArn(account.id, "policy", p.name, p.path),
    Path: p.path,
    DefaultVersionId: p.defaultVersion,
    AttachmentCount: count,
    PermissionsBoundaryUsageCount: boundaries,
    IsAttachable: true,
    ...(p.description !== undefined ? { Description: p.description } : {}),
    CreateDate: p.created,
    UpdateDate: p.updated,
  };
}

/** The customer managed policy an ARN names in the caller's account, or AWS's error. */
function findPolicy(account: AccountRecord, arn: string): PolicyRecord | ApiError {
  const parts = parsePolicyArn(arn);
  if (!parts) return invalidArn(arn);
  const p = account.policies.find((x) => x.name === parts.name && x.path === parts.path);
  if (parts.owner !== account.id || !p) return noSuchPolicy(arn);
  return p;
}

/** AWS managed policies cannot be changed: the error for a write to one. */
function awsManagedIsReadOnly(arn: string, operation: string): ApiError | undefined {
  if (parsePolicyArn(arn)?.owner !== "aws") return undefined;
  return apiError(
    "AccessDenied",
    `Cannot ${operation} AWS managed policy ${arn}: AWS managed policies are read-only.`,
    403,
  );
}

const onPolicy = (action: string) => (_s: unknown, p: Params) => [
  { action, resource: req(p, "PolicyArn") },
];

export const CreatePolicy: Operation = {
  name: "CreatePolicy",
  action: "iam:CreatePolicy",
  validate: (p) =>
    checkName(req(p, "PolicyName"), "policyName", 128) ?? checkPath(str(p, "Path") ?? "/"),
  requests: (_s, p, ctx) => [
    {
      action: "iam:CreatePolicy",
      resource: iamArn(ctx.accountId, "policy", req(p, "PolicyName"), str(p, "Path") ?? "/"),
    },
  ],
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "PolicyName");
    if (account.policies.some((x) => x.name.toLowerCase() === name.toLowerCase()))
      return apiError(
        "EntityAlreadyExists",
        `A policy called ${name} already exists. Duplicate names are not allowed.`,
        409,
      );
    const document = readDocument(req(p, "PolicyDocument"), "identity");
    if (isApiError(document)) return document;
    if (JSON.stringify(document).replace(/\s/g, "").length > 6144)
      return apiError("LimitExceeded", "Cannot exceed quota for PolicySize: 6144", 409);
    const created = now(draft);
    const policy: PolicyRecord = {
      name,
      path: str(p, "Path") ?? "/",
      id: nextId(draft, "ANPA", 17),
      created,
      updated: created,
      description: str(p, "Description"),
      versions: [{ id: "v1", document, created }],
      defaultVersion: "v1",
      nextVersion: 2,
    };
    account.policies.push(policy);
    const shape: Record<string, unknown> = policyShape(account, policy);
    delete shape.Description;
    return { Policy: shape };
  },
};

export const GetPolicy: Operation = {
  name: "GetPolicy",
  action: "iam:GetPolicy",
  requests: onPolicy("iam:GetPolicy"),
  apply: (draft, p, ctx) => {
    const arn = req(p, "PolicyArn");
    const parts = parsePolicyArn(arn);
    if (parts?.owner === "aws") {
      const managed = ctx.env.awsManaged?.(parts.name);
      if (!managed) return noSuchPolicy(arn);
      return {
        Policy: {
          PolicyName: managed.name,
          Arn: managed.arn ?? arn,
          Path: parts.path,
          DefaultVersionId: managed.version ?? "v1",
          IsAttachable: true,
        },
      };
    }
    const account = ownAccount(draft, ctx);
    const policy = findPolicy(account, arn);
    if (isApiError(policy)) return policy;
    return { Policy: policyShape(account, policy) };
  },
};

export const GetPolicyVersion: Operation = {
  name: "GetPolicyVersion",
  action: "iam:GetPolicyVersion",
  requests: onPolicy("iam:GetPolicyVersion"),
  apply: (draft, p, ctx) => {
    const arn = req(p, "PolicyArn");
    const versionId = req(p, "VersionId");
    const parts = parsePolicyArn(arn);
    const noVersion = apiError(
      "NoSuchEntity",
      `Policy ${arn} version ${versionId} does not exist or is not attachable.`,
      404,
    );
    if (parts?.owner === "aws") {
      const managed = ctx.env.awsManaged?.(parts.name);
      if (!managed) return noSuchPolicy(arn);
      const version = managed.version ?? "v1";
      if (versionId !== version) return noVersion;
      return {
        PolicyVersion: {
          Document: managed.document,
          VersionId: version,
          IsDefaultVersion: true,
          CreateDate: now(draft),
        },
      };
    }
    const policy = findPolicy(ownAccount(draft, ctx), arn);
    if (isApiError(policy)) return policy;
    const version = policy.versions.find((v) => v.id === versionId);
    if (!version) return noVersion;
    return {
      PolicyVersion: {
        Document: version.document,
        VersionId: version.id,
        IsDefaultVersion: version.id === policy.defaultVersion,
        CreateDate: version.created,
      },
    };
  },
};

export const CreatePolicyVersion: Operation = {
  name: "CreatePolicyVersion",
  action: "iam:CreatePolicyVersion",
  requests: onPolicy("iam:CreatePolicyVersion"),
  apply: (draft, p, ctx) => {
    const arn = req(p, "PolicyArn");
    const readOnly = awsManagedIsReadOnly(arn, "modify");
    if (readOnly) return readOnly;
    const policy = findPolicy(ownAccount(draft, ctx), arn);
    if (isApiError(policy)) return policy;
    if (policy.versions.length >= 5)
      return apiError(
        "LimitExceeded",
        "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
        409,
      );
    const document = readDocument(req(p, "PolicyDocument"), "identity");
    if (isApiError(document)) return document;
    const version = { id: `v${policy.nextVersion}`, document, created: now(draft) };
    policy.nextVersion += 1;
    policy.versions.push(version);
    const isDefault = p.SetAsDefault === true;
    if (isDefault) policy.defaultVersion = version.id;
    policy.updated = version.created;
    return {
      PolicyVersion: {
        VersionId: version.id,
        IsDefaultVersion: isDefault,
        CreateDate: version.created,
      },
    };
  },
};

export const DeletePolicy: Operation = {
  name: "DeletePolicy",
  action: "iam:DeletePolicy",
  requests: onPolicy("iam:DeletePolicy"),
  apply: (draft, p, ctx: OpContext) => {
    const arn = req(p, "PolicyArn");
    const readOnly = awsManagedIsReadOnly(arn, "delete");
    if (readOnly) return readOnly;
    const account = ownAccount(draft, ctx);
    const policy = findPolicy(account, arn);
    if (isApiError(policy)) return policy;
    const used = [...account.users, ...account.groups, ...account.roles].some((e) =>
      e.attached.includes(policy.name),
    );
    if (used) return deleteConflict("Cannot delete a policy attached to entities.");
    if (policy.versions.length > 1)
      return deleteConflict("Cannot delete a policy with versions other than the default version.");
    account.policies = account.policies.filter((x) => x !== policy);
    return undefined;
  },
};
