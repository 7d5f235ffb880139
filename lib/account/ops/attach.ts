/** Attaching, detaching and listing managed policies on users, groups and roles. */
import { apiError, isApiError, noSuchEntity, quotaExceeded } from "../errors";
import { ownAccount, type OpContext, type Operation, type Params } from "../operation";
import { byName, type AccountRecord, type AccountState } from "../state";
import { iamArn, refArn, refName, req, resolvePolicyArn } from "./common";

type Kind = "user" | "group" | "role";
const CAP: Record<Kind, "User" | "Group" | "Role"> = { user: "User", group: "Group", role: "Role" };

function entities(account: AccountRecord, kind: Kind) {
  return kind === "user" ? account.users : kind === "group" ? account.groups : account.roles;
}

function entityArn(state: AccountState, ctx: OpContext, kind: Kind, name: string): string {
  const e = byName(entities(ownAccount(state, ctx), kind), name);
  return iamArn(ctx.accountId, kind, e?.name ?? name, e?.path ?? "/");
}

function attachOp(kind: Kind): Operation {
  const name = `Attach${CAP[kind]}Policy`;
  const action = `iam:${name}`;
  return {
    name,
    action,
    requests: (state, p: Params, ctx) => [
      {
        action,
        resource: entityArn(state, ctx, kind, req(p, `${CAP[kind]}Name`)),
        context: { "iam:PolicyARN": req(p, "PolicyArn") },
      },
    ],
    apply: (draft, p, ctx) => {
      const account = ownAccount(draft, ctx);
      const entityName = req(p, `${CAP[kind]}Name`);
      const entity = byName(entities(account, kind), entityName);
      if (!entity) return noSuchEntity(kind, entityName);
      const resolved = resolvePolicyArn(account, req(p, "PolicyArn"), ctx);
      if (isApiError(resolved)) return resolved;
      if (entity.attached.includes(resolved.ref)) return undefined;
      if (entity.attached.length >= 10) return quotaExceeded(`PoliciesPer${CAP[kind]}`, 10);
      entity.attached.push(resolved.ref);
      return undefined;
    },
  };
}

function detachOp(kind: Kind): Operation {
  const name = `Detach${CAP[kind]}Policy`;
  const action = `iam:${name}`;
  return {
    name,
    action,
    requests: (state, p, ctx) => [
      {
        action,
        resource: entityArn(state, ctx, kind, req(p, `${CAP[kind]}Name`)),
        context: { "iam:PolicyARN": req(p, "PolicyArn") },
      },
    ],
    apply: (draft, p, ctx) => {
      const account = ownAccount(draft, ctx);
      const entityName = req(p, `${CAP[kind]}Name`);
      const entity = byName(entities(account, kind), entityName);
      if (!entity) return noSuchEntity(kind, entityName);
      const arn = req(p, "PolicyArn");
      const resolved = resolvePolicyArn(account, arn, ctx);
      if (isApiError(resolved)) return resolved;
      if (!entity.attached.includes(resolved.ref))
        return apiError("NoSuchEntity", `Policy ${arn} was not found.`, 404);
      entity.attached = entity.attached.filter((r) => r !== resolved.ref);
      return undefined;
    },
  };
}

function listAttachedOp(kind: Kind): Operation {
  const name = `ListAttached${CAP[kind]}Policies`;
  const action = `iam:${name}`;
  return {
    name,
    action,
    requests: (state, p, ctx) => [
      { action, resource: entityArn(state, ctx, kind, req(p, `${CAP[kind]}Name`)) },
    ],
    apply: (draft, p, ctx) => {
      const account = ownAccount(draft, ctx);
      const entityName = req(p, `${CAP[kind]}Name`);
      const entity = byName(entities(account, kind), entityName);
      if (!entity) return noSuchEntity(kind, entityName);
      return {
        AttachedPolicies: entity.attached.map((ref) => ({
          PolicyName: refName(ref),
          PolicyArn: refArn(account, ref, ctx),
        })),
      };
    },
  };
}

export const AttachUserPolicy = attachOp("user");
export const AttachGroupPolicy = attachOp("group");
export const AttachRolePolicy = attachOp("role");
export const DetachUserPolicy = detachOp("user");
export const DetachGroupPolicy = detachOp("group");
export const DetachRolePolicy = detachOp("role");
export const ListAttachedUserPolicies = listAttachedOp("user");
export const ListAttachedGroupPolicies = listAttachedOp("group");
export const ListAttachedRolePolicies = listAttachedOp("role");
