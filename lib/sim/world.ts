import type { Account, Group, ManagedPolicy, Resource, Role, User, World } from "./model";

/** One account of a {@link SimWorld}, with lookups by name. */
export interface SimAccount {
  data: Account;
  users: Map<string, User>;
  groups: Map<string, Group>;
  roles: Map<string, Role>;
  policies: Map<string, ManagedPolicy>;
  resources: Map<string, Resource>;
}

/** A read-only index over a {@link World}: accounts, entities and resources by id, name or ARN. */
export interface SimWorld {
  readonly world: World;
  readonly accounts: ReadonlyMap<string, SimAccount>;
  /** The first account: shorthand principals such as `user/alice` live here. */
  readonly defaultAccount: string;
  /** Every resource by ARN, with the account that owns it. */
  readonly resources: ReadonlyMap<string, { account: string; resource: Resource }>;
}

function byName<T extends { name: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.name)) map.set(item.name, item);
  return map;
}

/**
 * Builds lookups over a world. The world is not copied: treat it as immutable while indexed
 * (operations that change an account produce a new world and a new index).
 */
export function indexWorld(world: World): SimWorld {
  const accounts = new Map<string, SimAccount>();
  const resources = new Map<string, { account: string; resource: Resource }>();
  for (const data of world.accounts) {
    if (accounts.has(data.id)) continue;
    const account: SimAccount = {
      data,
      users: byName(data.users),
      groups: byName(data.groups),
      roles: byName(data.roles),
      policies: byName(data.policies),
      resources: new Map(),
    };
    for (const resource of data.resources ?? []) {
      if (!account.resources.has(resource.arn)) account.resources.set(resource.arn, resource);
      if (!resources.has(resource.arn)) resources.set(resource.arn, { account: data.id, resource });
    }
    accounts.set(data.id, account);
  }
  return { world, accounts, defaultAccount: world.accounts[0]?.id ?? "000000000000", resources };
}

/** The ARN of a user, role or customer managed policy, honouring its path (default `/`). */
export function entityArn(
  account: string,
  kind: "user" | "role" | "policy" | "group",
  name: string,
  path?: string,
): string {
  const p = path === undefined || path === "" ? "/" : path;
  return `arn:aws:iam::${account}:${kind}${p}${name}`;
}
