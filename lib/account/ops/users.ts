/** IAM user operations: create, get, list, delete, login profile, access keys, inline policies. */
import { nextId, now } from "../clock";
import { apiError, deleteConflict, entityExists, noSuchEntity, quotaExceeded } from "../errors";
import { checkName, checkPath, checkPolicyName } from "../names";
import { ownAccount, type OpContext, type Operation, type Params } from "../operation";
import { byName, type AccountState } from "../state";
import {
  iamArn,
  readDocument,
  readTags,
  req,
  str,
  tagContext,
  tagList,
  userShape,
  resolvePolicyArn,
} from "./common";
import { isApiError } from "../errors";

function userArn(state: AccountState, ctx: OpContext, name: string, path?: string): string {
  const existing = byName(ownAccount(state, ctx).users, name);
  return iamArn(ctx.accountId, "user", existing?.name ?? name, path ?? existing?.path ?? "/");
}

/** The user a call names (`UserName`), defaulting to the calling user where AWS does. */
function targetUser(params: Params, ctx: OpContext): string {
  return str(params, "UserName") ?? (ctx.callerKind === "user" ? ctx.callerName : "");
}

/** A request on the user the call names. */
function onUser(action: string) {
  return (state: AccountState, params: Params, ctx: OpContext) => [
    { action, resource: userArn(state, ctx, targetUser(params, ctx)) },
  ];
}

export const CreateUser: Operation = {
  name: "CreateUser",
  action: "iam:CreateUser",
  validate: (p) =>
    checkName(req(p, "UserName"), "userName", 64) ?? checkPath(str(p, "Path") ?? "/"),
  requests: (state, p, ctx) => {
    const context: Record<string, string | string[]> = tagContext(readTags(p.Tags));
    const boundary = str(p, "PermissionsBoundary");
    if (boundary) context["iam:PermissionsBoundary"] = boundary;
    return [
      {
        action: "iam:CreateUser",
        resource: iamArn(ctx.accountId, "user", req(p, "UserName"), str(p, "Path") ?? "/"),
        context,
      },
    ];
  },
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "UserName");
    if (byName(account.users, name)) return entityExists("user", name);
    let boundary: string | undefined;
    const boundaryArn = str(p, "PermissionsBoundary");
    if (boundaryArn) {
      const ref = resolvePolicyArn(account, boundaryArn, ctx);
      if (isApiError(ref)) return ref;
      boundary = ref.ref;
    }
    const user = {
      name,
      path: str(p, "Path") ?? "/",
      id: nextId(draft, "AIDA", 17),
      created: now(draft),
      groups: [],
      inline: [],
      attached: [],
      boundary,
      tags: readTags(p.Tags),
      accessKeys: [],
    };
    account.users.push(user);
    const out: Record<string, unknown> = userShape(account.id, user);
    if (boundaryArn)
      out.PermissionsBoundary = {
        PermissionsBoundaryType: "Policy",
        PermissionsBoundaryArn: boundaryArn,
      };
    if (Object.keys(user.tags).length > 0) out.Tags = tagList(user.tags);
    return { User: out };
  },
};

export const GetUser: Operation = {
  name: "GetUser",
  action: "iam:GetUser",
  requests: onUser("iam:GetUser"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = targetUser(p, ctx);
    const user = byName(account.users, name);
    if (!user) return noSuchEntity("user", name);
    const out: Record<string, unknown> = userShape(account.id, user);
    if (user.boundary)
      out.PermissionsBoundary = {
        PermissionsBoundaryType: "Policy",
        PermissionsBoundaryArn: iamArn(
          user.boundary.startsWith("aws:") ? "aws" : account.id,
          "policy",
          user.boundary.replace(/^aws:/, ""),
        ),
      };
    if (Object.keys(user.tags).length > 0) out.Tags = tagList(user.tags);
    return { User: out };
  },
};

export const ListUsers: Operation = {
  name: "ListUsers",
  action: "iam:ListUsers",
  requests: (_s, p, ctx) => [
    {
      action: "iam:ListUsers",
      resource: iamArn(ctx.accountId, "user", "", str(p, "PathPrefix") ?? "/"),
    },
  ],
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const prefix = str(p, "PathPrefix") ?? "/";
    const users = account.users
      .filter((u) => u.path.startsWith(prefix))
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    return { Users: users.map((u) => userShape(account.id, u)) };
  },
};

export const DeleteUser: Operation = {
  name: "DeleteUser",
  action: "iam:DeleteUser",
  requests: onUser("iam:DeleteUser"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "UserName");
    const user = byName(account.users, name);
    if (!user) return noSuchEntity("user", name);
    if (user.loginProfile)
      return deleteConflict("Cannot delete entity, must delete login profile first.");
    if (user.accessKeys.length > 0)
      return deleteConflict("Cannot delete entity, must delete access keys first.");
    if (user.inline.length > 0)
      return deleteConflict("Cannot delete entity, must delete policies first.");
    if (user.attached.length > 0)
      return deleteConflict("Cannot delete entity, must detach all policies first.");
    if (user.groups.length > 0)
      return deleteConflict("Cannot delete entity, must remove users from group first.");
    account.users = account.users.filter((u) => u !== user);
    return undefined;
  },
};

export const CreateLoginProfile: Operation = {
  name: "CreateLoginProfile",
  action: "iam:CreateLoginProfile",
  requests: onUser("iam:CreateLoginProfile"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = targetUser(p, ctx);
    const user = byName(account.users, name);
    if (!user) return noSuchEntity("user", name);
    if (user.loginProfile)
      return apiError(
        "EntityAlreadyExists",
        `Login Profile for user ${user.name} already exists.`,
        409,
      );
    const password = str(p, "Password") ?? "";
    if (password.length < 8)
      return apiError("PasswordPolicyViolation", "Password should have a minimum length of 8", 400);
    const reset = p.PasswordResetRequired === true;
    user.loginProfile = { created: now(draft), passwordResetRequired: reset };
    return {
      LoginProfile: {
        UserName: user.name,
        CreateDate: user.loginProfile.created,
        PasswordResetRequired: reset,
      },
    };
  },
};

export const CreateAccessKey: Operation = {
  name: "CreateAccessKey",
  action: "iam:CreateAccessKey",
  requests: onUser("iam:CreateAccessKey"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = targetUser(p, ctx);
    const user = byName(account.users, name);
    if (!user) return noSuchEntity("user", name);
    if (user.accessKeys.length >= 2) return quotaExceeded("AccessKeysPerUser", 2);
    const key = {
      id: nextId(draft, "AKIA", 16),
      secret: nextId(draft, "", 40, "secret"),
      status: "Active" as const,
      created: now(draft),
    };
    user.accessKeys.push(key);
    draft.credentials[key.id] = { arn: iamArn(account.id, "user", user.name, user.path) };
    return {
      AccessKey: {
        UserName: user.name,
        AccessKeyId: key.id,
        Status: key.status,
        SecretAccessKey: key.secret,
        CreateDate: key.created,
      },
    };
  },
};

export const ListAccessKeys: Operation = {
  name: "ListAccessKeys",
  action: "iam:ListAccessKeys",
  requests: onUser("iam:ListAccessKeys"),
  apply: (draft, p, ctx) => {
    const name = targetUser(p, ctx);
    const user = byName(ownAccount(draft, ctx).users, name);
    if (!user) return noSuchEntity("user", name);
    return {
      AccessKeyMetadata: user.accessKeys.map((k) => ({
        UserName: user.name,
        AccessKeyId: k.id,
        Status: k.status,
        CreateDate: k.created,
      })),
    };
  },
};

export const PutUserPolicy: Operation = {
  name: "PutUserPolicy",
  action: "iam:PutUserPolicy",
  validate: (p) =>
    checkName(req(p, "UserName"), "userName", 128) ?? checkPolicyName(req(p, "PolicyName")),
  requests: onUser("iam:PutUserPolicy"),
  apply: (draft, p, ctx) => {
    const name = req(p, "UserName");
    const user = byName(ownAccount(draft, ctx).users, name);
    if (!user) return noSuchEntity("user", name);
    const document = readDocument(req(p, "PolicyDocument"), "identity");
    if (isApiError(document)) return document;
    const policyName = req(p, "PolicyName");
    const rest = user.inline.filter((i) => i.name !== policyName);
    const size = [...rest.map((i) => i.document), document]
      .map((d) => JSON.stringify(d).replace(/\s/g, "").length)
      .reduce((a, b) => a + b, 0);
    if (size > 2048)
      return apiError(
        "LimitExceeded",
        `Maximum policy size of 2048 bytes exceeded for user ${user.name}`,
        409,
      );
    const index = user.inline.findIndex((i) => i.name === policyName);
    if (index >= 0) user.inline[index] = { name: policyName, document };
    else user.inline.push({ name: policyName, document });
    return undefined;
  },
};

export const ListGroupsForUser: Operation = {
  name: "ListGroupsForUser",
  action: "iam:ListGroupsForUser",
  requests: onUser("iam:ListGroupsForUser"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "UserName");
    const user = byName(account.users, name);
    if (!user) return noSuchEntity("user", name);
    return {
      Groups: user.groups
        .map((g) => byName(account.groups, g))
        .filter((g) => g !== undefined)
        .map((g) => ({
          Path: g.path,
          GroupName: g.name,
          GroupId: g.id,
          Arn: iamArn(account.id, "group", g.name, g.path),
          CreateDate: g.created,
        })),
    };
  },
};
