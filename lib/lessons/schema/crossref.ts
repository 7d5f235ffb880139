import { parsePolicy, type PolicyType } from "@/lib/iam";
import { allLevelIds, indexWorld, resolvePrincipal, type SimWorld } from "@/lib/sim";
import type { Lesson } from "./lesson";
import { TARGET_POLICY_TYPE } from "./task";

/** A problem with a document, named by its JSON path (`checks[2].principal`). */
export interface LessonIssue {
  path: string;
  message: string;
}

/**
 * Checks what the schema alone cannot: ids are unique, every reference (group, managed policy,
 * slot target, check principal, organization level) exists, slot policy types fit their targets,
 * the solution fills exactly the slots, and every policy document in the scenario and the
 * solution is valid for its place.
 */
export function crossReferenceIssues(lesson: Lesson): LessonIssue[] {
  const issues: LessonIssue[] = [];
  const sim = indexWorld(lesson.scenario);
  checkEntities(lesson, sim, issues);
  checkSlots(lesson, sim, issues);
  checkChecks(lesson, sim, issues);
  return issues;
}

function duplicates<T>(
  items: readonly T[],
  key: (t: T) => string,
  path: string,
  what: string,
  issues: LessonIssue[],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) issues.push({ path: `${path}[${i}]`, message: `duplicate ${what} "${k}"` });
    seen.add(k);
  });
}

function documentIssues(
  document: unknown,
  type: PolicyType,
  path: string,
  issues: LessonIssue[],
): void {
  const { errors } = parsePolicy(document, { type });
  for (const e of errors.slice(0, 5)) {
    issues.push({ path: e.path === "" ? path : `${path}.${e.path}`, message: e.message });
  }
}

function checkEntities(lesson: Lesson, sim: SimWorld, issues: LessonIssue[]): void {
  duplicates(lesson.scenario.accounts, (a) => a.id, "scenario.accounts", "account id", issues);
  lesson.scenario.accounts.forEach((account, a) => {
    const base = `scenario.accounts[${a}]`;
    const managedExists = (ref: string) =>
      ref.startsWith("aws:") || (account.policies ?? []).some((p) => p.name === ref);
    const refs = (list: readonly string[] | undefined, path: string) =>
      (list ?? []).forEach((ref, i) => {
        if (!managedExists(ref))
          issues.push({
            path: `${path}[${i}]`,
            message: `no managed policy "${ref}" in account ${account.id}`,
          });
      });
    const inline = (list: { name: string; document: unknown }[] | undefined, path: string) => {
      duplicates(list ?? [], (p) => p.name, `${path}.inline`, "inline policy name", issues);
      (list ?? []).forEach((p, i) =>
        documentIssues(p.document, "identity", `${path}.inline[${i}].document`, issues),
      );
    };
    for (const kind of ["users", "groups", "roles", "policies"] as const) {
      duplicates(
        account[kind] ?? [],
        (e) => e.name,
        `${base}.${kind}`,
        `${kind.slice(0, -1)} name`,
        issues,
      );
    }
    duplicates(account.resources ?? [], (r) => r.arn, `${base}.resources`, "resource ARN", issues);
    (account.users ?? []).forEach((user, u) => {
      const path = `${base}.users[${u}]`;
      (user.groups ?? []).forEach((g, i) => {
        if (!(account.groups ?? []).some((x) => x.name === g))
          issues.push({
            path: `${path}.groups[${i}]`,
            message: `no group "${g}" in account ${account.id}`,
          });
      });
      inline(user.inline, path);
      refs(user.attached, `${path}.attached`);
      if (user.boundary !== undefined && !managedExists(user.boundary))
        issues.push({
          path: `${path}.boundary`,
          message: `no managed policy "${user.boundary}" in account ${account.id}`,
        });
    });
    (account.groups ?? []).forEach((group, g) => {
      inline(group.inline, `${base}.groups[${g}]`);
      refs(group.attached, `${base}.groups[${g}].attached`);
    });
    (account.roles ?? []).forEach((role, r) => {
      const path = `${base}.roles[${r}]`;
      documentIssues(role.trustPolicy, "trust", `${path}.trustPolicy`, issues);
      inline(role.inline, path);
      refs(role.attached, `${path}.attached`);
      if (role.boundary !== undefined && !managedExists(role.boundary))
        issues.push({
          path: `${path}.boundary`,
          message: `no managed policy "${role.boundary}" in account ${account.id}`,
        });
    });
    (account.policies ?? []).forEach((p, i) =>
      documentIssues(p.document, "identity", `${base}.policies[${i}].document`, issues),
    );
    (account.resources ?? []).forEach((r, i) => {
      if (r.policy !== undefined)
        documentIssues(r.policy, "resource", `${base}.resources[${i}].policy`, issues);
    });
  });
  const org = lesson.scenario.organization;
  if (org) {
    (org.policies ?? []).forEach((p, i) =>
      documentIssues(p.document, p.type, `scenario.organization.policies[${i}].document`, issues),
    );
    if (!sim.accounts.has(org.managementAccount)) {
      issues.push({
        path: "scenario.organization.managementAccount",
        message: `account ${org.managementAccount} is not in scenario.accounts`,
      });
    }
  }
}

function checkSlots(lesson: Lesson, sim: SimWorld, issues: LessonIssue[]): void {
  const slots = lesson.task.slots;
  duplicates(slots, (s) => s.id, "task.slots", "slot id", issues);
  slots.forEach((slot, i) => {
    const path = `task.slots[${i}]`;
    const t = slot.target;
    const expected = TARGET_POLICY_TYPE[t.kind];
    if (slot.policyType !== expected)
      issues.push({
        path: `${path}.policyType`,
        message: `a ${t.kind} slot holds a ${expected} policy, not ${slot.policyType}`,
      });
    const missing = targetProblem(t, sim);
    if (missing) issues.push({ path: `${path}.target`, message: missing });
    const solution = lesson.solution[slot.id];
    if (solution === undefined)
      issues.push({ path: "solution", message: `no solution document for slot "${slot.id}"` });
    else documentIssues(solution, expected, `solution[${JSON.stringify(slot.id)}]`, issues);
  });
  for (const key of Object.keys(lesson.solution)) {
    if (!slots.some((s) => s.id === key))
      issues.push({
        path: `solution[${JSON.stringify(key)}]`,
        message: `no slot "${key}" in task.slots`,
      });
  }
}

function targetProblem(
  t: Lesson["task"]["slots"][number]["target"],
  sim: SimWorld,
): string | undefined {
  if (t.kind === "resource-policy")
    return sim.resources.has(t.arn) ? undefined : `no resource ${t.arn} in the scenario`;
  if (t.kind === "scp" || t.kind === "rcp") {
    const org = sim.world.organization;
    if (!org) return `a ${t.kind} slot needs scenario.organization`;
    return allLevelIds(org).has(t.level)
      ? undefined
      : `no root, OU or account "${t.level}" in the organization`;
  }
  const accountId = t.account ?? sim.defaultAccount;
  const account = sim.accounts.get(accountId);
  if (!account) return `no account ${accountId} in the scenario`;
  switch (t.kind) {
    case "user-inline":
      return account.users.has(t.user) ? undefined : `no user "${t.user}" in account ${accountId}`;
    case "group-inline":
      return account.groups.has(t.group)
        ? undefined
        : `no group "${t.group}" in account ${accountId}`;
    case "role-inline":
    case "role-trust":
      return account.roles.has(t.role) ? undefined : `no role "${t.role}" in account ${accountId}`;
    case "boundary":
      if (t.user !== undefined)
        return account.users.has(t.user)
          ? undefined
          : `no user "${t.user}" in account ${accountId}`;
      return account.roles.has(t.role ?? "")
        ? undefined
        : `no role "${t.role}" in account ${accountId}`;
    case "managed-policy":
      if (t.name.startsWith("aws:"))
        return "AWS managed policies cannot be edited; use a customer managed policy";
      return account.policies.has(t.name)
        ? undefined
        : `no managed policy "${t.name}" in account ${accountId}`;
  }
}

function checkChecks(lesson: Lesson, sim: SimWorld, issues: LessonIssue[]): void {
  duplicates(lesson.checks, (c) => c.id, "checks", "check id", issues);
  lesson.checks.forEach((check, i) => {
    const r = resolvePrincipal(sim, check.principal);
    if (!r.ok) issues.push({ path: `checks[${i}].principal`, message: r.error });
    if (check.sessionPolicy !== undefined)
      documentIssues(check.sessionPolicy, "session", `checks[${i}].sessionPolicy`, issues);
  });
  (lesson.leastPrivilege?.principals ?? []).forEach((p, i) => {
    const r = resolvePrincipal(sim, p);
    if (!r.ok) issues.push({ path: `leastPrivilege.principals[${i}]`, message: r.error });
  });
}
