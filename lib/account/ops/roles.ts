/** IAM role and instance profile operations. */
import { nextId, now } from "../clock";
import { apiError, entityExists, isApiError, noSuchEntity } from "../errors";
import { checkName, checkPath, checkPolicyName } from "../names";
import { ownAccount, type OpContext, type Operation, type Params } from "../operation";
import { byName, type AccountState } from "../state";
import {
  iamArn,
  readDocument,
  readTags,
  req,
  resolvePolicyArn,
  roleShape,
  str,
  tagContext,
  tagList,
} from "./common";

function roleArn(state: AccountState, ctx: OpContext, name: string): string {
  const r = byName(ownAccount(state, ctx).roles, name);
  return iamArn(ctx.accountId, "role", r?.name ?? name, r?.path ?? "/");
}

export const CreateRole: Operation = {
  name: "CreateRole",
  action: "iam:CreateRole",
  validate: (p) => {
    const bad = checkName(req(p, "RoleName"), "roleName", 64) ?? checkPath(str(p, "Path") ?? "/");
    if (bad) return bad;
    const max = p.MaxSessionDuration;
    if (max !== undefined && (typeof max !== "number" || max < 3600 || max > 43200))
      return apiError(
        "ValidationError",
        `1 validation error detected: Value '${String(max)}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value ${typeof max === "number" && max < 3600 ? "greater than or equal to 3600" : "less than or equal to 43200"}`,
      );
    return undefined;
  },
  requests: (_s, p, ctx) => {
    const context: Record<string, string | string[]> = tagContext(readTags(p.Tags));
    const boundary = str(p, "PermissionsBoundary");
    if (boundary) context["iam:PermissionsBoundary"] = boundary;
    return [
      {
        action: "iam:CreateRole",
        resource: iamArn(ctx.accountId, "role", req(p, "RoleName"), str(p, "Path") ?? "/"),
        context,
      },
    ];
  },
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "RoleName");
    if (byName(account.roles, name)) return entityExists("role", name);
    const trust = readDocument(req(p, "AssumeRolePolicyDocument"), "trust");
    if (isApiError(trust)) return trust;
    let boundary: string | undefined;
    const boundaryArn = str(p, "PermissionsBoundary");
    if (boundaryArn) {
      const ref = resolvePolicyArn(account, boundaryArn, ctx);
      if (isApiError(ref)) return ref;
      boundary = ref.ref;
    }
    const role = {
      name,
      path: str(p, "Path") ?? "/",
      id: nextId(draft, "AROA", 17),
      created: now(draft),
      description: str(p, "Description"),
      trustPolicy: trust,
      inline: [],
      attached: [],
      boundary,
      tags: readTags(p.Tags),
      maxSessionDuration: typeof p.MaxSessionDuration === "number" ? p.MaxSessionDuration : 3600,
    };
    account.roles.push(role);
    const out: Record<string, unknown> = roleShape(account.id, role);
    if (boundaryArn)
      out.PermissionsBoundary = {
        PermissionsBoundaryType: "Policy",
        PermissionsBoundaryArn: boundaryArn,
      };
    if (Object.keys(role.tags).length > 0) out.Tags = tagList(role.tags);
    return { Role: out };
  },
};

export const GetRole: Operation = {
  name: "GetRole",
  action: "iam:GetRole",
  requests: (s, p, ctx) => [
    { action: "iam:GetRole", resource: roleArn(s, ctx, req(p, "RoleName")) },
  ],
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "RoleName");
    const role = byName(account.roles, name);
    if (!role) return noSuchEntity("role", name);
    const out: Record<string, unknown> = roleShape(account.id, role);
    if (role.description !== undefined) out.Description = role.description;
    out.MaxSessionDuration = role.maxSessionDuration;
    if (Object.keys(role.tags).length > 0) out.Tags = tagList(role.tags);
    out.RoleLastUsed = {};
    return { Role: out };
  },
};

export const PutRolePolicy: Operation = {
  name: "PutRolePolicy",
  action: "iam:PutRolePolicy",
  validate: (p) => checkPolicyName(req(p, "PolicyName")),
  requests: (s, p, ctx) => [
    { action: "iam:PutRolePolicy", resource: roleArn(s, ctx, req(p, "RoleName")) },
  ],
  apply: (draft, p, ctx) => {
    const name = req(p, "RoleName");
    const role = byName(ownAccount(draft, ctx).roles, name);
    if (!role) return noSuchEntity("role", name);
    const document = readDocument(req(p, "PolicyDocument"), "identity");
    if (isApiError(document)) return document;
    const policyName = req(p, "PolicyName");
    role.inline = [
      ...role.inline.filter((i) => i.name !== policyName),
      { name: policyName, document },
    ];
    return undefined;
  },
};

function profileShape(state: AccountState, ctx: OpContext, name: string) {
  const account = ownAccount(state, ctx);
  const ip = byName(account.instanceProfiles, name);
  if (!ip) return undefined;
  return {
    Path: ip.path,
    InstanceProfileName: ip.name,
    InstanceProfileId: ip.id,
    Arn: iamArn(account.id, "instance-profile", ip.name, ip.path),
    CreateDate: ip.created,
    Roles: ip.roles
      .map((r) => byName(account.roles, r))
      .filter((r) => r !== undefined)
      .map((r) => roleShape(account.id, r)),
  };
}

export const CreateInstanceProfile: Operation = {
  name: "CreateInstanceProfile",
  action: "iam:CreateInstanceProfile",
  validate: (p) => checkName(req(p, "InstanceProfileName"), "instanceProfileName", 128),
  requests: (_s, p, ctx) => [
    {
      action: "iam:CreateInstanceProfile",
      resource: iamArn(
        ctx.accountId,
        "instance-profile",
        req(p, "InstanceProfileName"),
        str(p, "Path") ?? "/",
      ),
    },
  ],
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "InstanceProfileName");
    if (byName(account.instanceProfiles, name)) return entityExists("instance profile", name);
    account.instanceProfiles.push({
      name,
      path: str(p, "Path") ?? "/",
      id: nextId(draft, "AIPA", 17),
      created: now(draft),
      roles: [],
    });
    return { InstanceProfile: profileShape(draft, ctx, name) };
  },
};

export const AddRoleToInstanceProfile: Operation = {
  name: "AddRoleToInstanceProfile",
  action: "iam:AddRoleToInstanceProfile",
  requests: (s, p: Params, ctx) => {
    const ip = byName(ownAccount(s, ctx).instanceProfiles, req(p, "InstanceProfileName"));
    return [
      {
        action: "iam:AddRoleToInstanceProfile",
        resource: iamArn(
          ctx.accountId,
          "instance-profile",
          ip?.name ?? req(p, "InstanceProfileName"),
          ip?.path ?? "/",
        ),
      },
    ];
  },
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const ipName = req(p, "InstanceProfileName");
    const ip = byName(account.instanceProfiles, ipName);
    if (!ip) return noSuchEntity("instance profile", ipName);
    const roleName = req(p, "RoleName");
    const role = byName(account.roles, roleName);
    if (!role) return noSuchEntity("role", roleName);
    if (ip.roles.length >= 1)
      return apiError(
        "LimitExceeded",
        "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1",
        409,
      );
    ip.roles.push(role.name);
    return undefined;
  },
};
