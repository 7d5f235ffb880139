import type { LabelledPolicy, PolicyType } from "@/lib/iam";
import type { InlinePolicy } from "./model";
import type { ResolvedPrincipal } from "./principal";
import type { Gathering } from "./slots";
import type { SimAccount } from "./world";

/** A principal that has identity-based policies: a user or a role of the world. */
export type IdentityPrincipal = ResolvedPrincipal & { kind: "user" | "role" };

/**
 * The identity-based policies of a user (her inline and attached managed policies, then each of
 * her groups') or of a role, with the learner's slot overrides in place.
 */
export function identityPolicies(
  g: Gathering,
  account: SimAccount,
  principal: IdentityPrincipal,
): LabelledPolicy[] {
  const out: LabelledPolicy[] = [];
  const attach = (refs: readonly string[] | undefined, holder: string) => {
    for (const ref of refs ?? []) {
      const p = managedPolicy(g, account, ref, holder, "identity");
      if (p) out.push(p);
    }
  };
  if (principal.kind === "user") {
    const user = principal.user;
    out.push(...inlinePolicies(g, account, "user", user.name, user.inline));
    attach(user.attached, `user ${user.name}`);
    for (const groupName of user.groups ?? []) {
      const group = account.groups.get(groupName);
      if (group === undefined) {
        g.problems.push(
          `user ${user.name} is in group "${groupName}", which account ${account.data.id} does not have`,
        );
        continue;
      }
      out.push(...inlinePolicies(g, account, "group", group.name, group.inline));
      attach(group.attached, `group ${group.name}`);
    }
  } else {
    const role = principal.role;
    out.push(...inlinePolicies(g, account, "role", role.name, role.inline));
    attach(role.attached, `role ${role.name}`);
  }
  return out;
}

/** The permissions boundary of a user or role: its slot override, else its boundary reference. */
export function boundaryPolicy(
  g: Gathering,
  account: SimAccount,
  principal: IdentityPrincipal,
): LabelledPolicy | undefined {
  const name = principal.kind === "user" ? principal.user.name : principal.role.name;
  const slot = g.override(
    (t) =>
      t.kind === "boundary" &&
      g.inAccount(t, account) &&
      (principal.kind === "user" ? t.user === name : t.role === name),
  );
  if (slot) return g.slot(slot, "boundary");
  const ref = principal.kind === "user" ? principal.user.boundary : principal.role.boundary;
  return ref === undefined
    ? undefined
    : managedPolicy(g, account, ref, `${principal.kind} ${name}`, "boundary");
}

/** Inline policies of one entity, with slot overrides replacing same-named ones or adding new ones. */
function inlinePolicies(
  g: Gathering,
  account: SimAccount,
  owner: "user" | "group" | "role",
  name: string,
  inline: readonly InlinePolicy[] | undefined,
): LabelledPolicy[] {
  const kind = `${owner}-inline`;
  const slots = g.overrides.filter((o) => {
    const t = o.target as {
      kind: string;
      account?: string;
      user?: string;
      group?: string;
      role?: string;
    };
    return t.kind === kind && g.inAccount(t, account) && t[owner] === name;
  });
  const policies = inline ?? [];
  return g.namedWithSlots(
    policies.map((p) => p.name),
    slots,
    "identity",
    (policyName, i) =>
      g.labelled(
        `${account.data.id}:${owner}/${name}:inline/${policyName}`,
        `inline policy ${policyName} of ${owner} ${name}`,
        policies[i].document,
        "identity",
      ),
  );
}

/** A managed policy by reference (`Name` customer managed, `aws:Name` AWS managed). */
function managedPolicy(
  g: Gathering,
  account: SimAccount,
  ref: string,
  holder: string,
  type: PolicyType,
): LabelledPolicy | undefined {
  const slot = g.override(
    (t) => t.kind === "managed-policy" && g.inAccount(t, account) && t.name === ref,
  );
  if (slot) return g.slot(slot, type);
  const role = type === "boundary" ? `permissions boundary of ${holder}` : `attached to ${holder}`;
  if (ref.startsWith("aws:")) {
    const name = ref.slice(4);
    const document = g.options.managedPolicies?.get(name);
    if (document === undefined) {
      g.problems.push(`AWS managed policy ${name} is not loaded`);
      return undefined;
    }
    return g.labelled(`aws:policy/${name}`, `AWS managed policy ${name} (${role})`, document, type);
  }
  const policy = account.policies.get(ref);
  if (policy === undefined) {
    g.problems.push(`account ${account.data.id} has no managed policy "${ref}"`);
    return undefined;
  }
  return g.labelled(
    `${account.data.id}:policy/${ref}`,
    `managed policy ${ref} (${role})`,
    policy.document,
    type,
  );
}
