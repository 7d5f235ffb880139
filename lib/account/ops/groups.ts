/** IAM group operations: create, list, get, delete, membership. */
import { nextId, now } from "../clock";
import { deleteConflict, entityExists, noSuchEntity, quotaExceeded } from "../errors";
import { checkName, checkPath } from "../names";
import { ownAccount, type OpContext, type Operation, type Params } from "../operation";
import { byName, type AccountState } from "../state";
import { groupShape, iamArn, req, str, userShape } from "./common";

/** The ARN of the group a call names (its stored path if it exists). */
export function groupArn(state: AccountState, ctx: OpContext, name: string): string {
  const g = byName(ownAccount(state, ctx).groups, name);
  return iamArn(ctx.accountId, "group", g?.name ?? name, g?.path ?? "/");
}

function onGroup(action: string) {
  return (state: AccountState, p: Params, ctx: OpContext) => [
    { action, resource: groupArn(state, ctx, req(p, "GroupName")) },
  ];
}

export const CreateGroup: Operation = {
  name: "CreateGroup",
  action: "iam:CreateGroup",
  validate: (p) =>
    checkName(req(p, "GroupName"), "groupName", 128) ?? checkPath(str(p, "Path") ?? "/"),
  requests: (_s, p, ctx) => [
    {
      action: "iam:CreateGroup",
      resource: iamArn(ctx.accountId, "group", req(p, "GroupName"), str(p, "Path") ?? "/"),
    },
  ],
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "GroupName");
    if (byName(account.groups, name)) return entityExists("group", name);
    const group = {
      name,
      path: str(p, "Path") ?? "/",
      id: nextId(draft, "AGPA", 17),
      created: now(draft),
      inline: [],
      attached: [],
    };
    account.groups.push(group);
    return { Group: groupShape(account.id, group) };
  },
};

export const ListGroups: Operation = {
  name: "ListGroups",
  action: "iam:ListGroups",
  requests: (_s, p, ctx) => [
    {
      action: "iam:ListGroups",
      resource: iamArn(ctx.accountId, "group", "", str(p, "PathPrefix") ?? "/"),
    },
  ],
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const prefix = str(p, "PathPrefix") ?? "/";
    return {
      Groups: account.groups
        .filter((g) => g.path.startsWith(prefix))
        .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))
        .map((g) => groupShape(account.id, g)),
    };
  },
};

export const GetGroup: Operation = {
  name: "GetGroup",
  action: "iam:GetGroup",
  requests: onGroup("iam:GetGroup"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "GroupName");
    const group = byName(account.groups, name);
    if (!group) return noSuchEntity("group", name);
    const members = account.users.filter((u) =>
      u.groups.some((g) => g.toLowerCase() === group.name.toLowerCase()),
    );
    return {
      Users: members.map((u) => userShape(account.id, u)),
      Group: groupShape(account.id, group),
    };
  },
};

export const AddUserToGroup: Operation = {
  name: "AddUserToGroup",
  action: "iam:AddUserToGroup",
  requests: onGroup("iam:AddUserToGroup"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const groupName = req(p, "GroupName");
    const userName = req(p, "UserName");
    const group = byName(account.groups, groupName);
    if (!group) return noSuchEntity("group", groupName);
    const user = byName(account.users, userName);
    if (!user) return noSuchEntity("user", userName);
    if (user.groups.some((g) => g.toLowerCase() === group.name.toLowerCase())) return undefined;
    if (user.groups.length >= 10) return quotaExceeded("GroupsPerUser", 10);
    user.groups.push(group.name);
    return undefined;
  },
};

export const RemoveUserFromGroup: Operation = {
  name: "RemoveUserFromGroup",
  action: "iam:RemoveUserFromGroup",
  requests: onGroup("iam:RemoveUserFromGroup"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const groupName = req(p, "GroupName");
    const userName = req(p, "UserName");
    const group = byName(account.groups, groupName);
    if (!group) return noSuchEntity("group", groupName);
    const user = byName(account.users, userName);
    if (!user) return noSuchEntity("user", userName);
    user.groups = user.groups.filter((g) => g.toLowerCase() !== group.name.toLowerCase());
    return undefined;
  },
};

export const DeleteGroup: Operation = {
  name: "DeleteGroup",
  action: "iam:DeleteGroup",
  requests: onGroup("iam:DeleteGroup"),
  apply: (draft, p, ctx) => {
    const account = ownAccount(draft, ctx);
    const name = req(p, "GroupName");
    const group = byName(account.groups, name);
    if (!group) return noSuchEntity("group", name);
    const lower = group.name.toLowerCase();
    if (account.users.some((u) => u.groups.some((g) => g.toLowerCase() === lower)))
      return deleteConflict("Cannot delete entity, must remove users from group first.");
    if (group.inline.length > 0)
      return deleteConflict("Cannot delete entity, must delete policies first.");
    if (group.attached.length > 0)
      return deleteConflict("Cannot delete entity, must detach all policies first.");
    account.groups = account.groups.filter((g) => g !== group);
    return undefined;
  },
};
