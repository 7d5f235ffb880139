import { allLevelIds, resolvePrincipal, type SimWorld } from "@/lib/sim";
import { documentIssues, duplicates, requestIssues, type LessonIssue } from "../../schema/crossref";
import type { PolicyLesson, Slot } from "../../schema/lesson";
import { TARGET_POLICY_TYPE } from "../../schema/task";

/**
 * What the schema cannot check in a policy task: slot ids are unique, slot targets exist and
 * their policy types fit, the solution fills exactly the slots with valid documents, and every
 * check's principal exists.
 */
export function policyTaskIssues(lesson: PolicyLesson, sim: SimWorld): LessonIssue[] {
  const issues: LessonIssue[] = [];
  const fix = lesson.task.mode === "fix";
  if (fix && !lesson.task.symptom)
    issues.push({
      path: "task.symptom",
      message: "a fix lesson says what was reported: add a symptom",
    });
  if (!fix && lesson.task.symptom)
    issues.push({
      path: "task.mode",
      message: 'a symptom belongs to a fix lesson: set "mode": "fix"',
    });
  checkSlots(lesson, sim, issues);
  duplicates(lesson.task.checks, (c) => c.id, "task.checks", "check id", issues);
  requestIssues(lesson.task.checks, "task.checks", sim, issues);
  (lesson.task.leastPrivilege?.principals ?? []).forEach((p, i) => {
    const r = resolvePrincipal(sim, p);
    if (!r.ok) issues.push({ path: `task.leastPrivilege.principals[${i}]`, message: r.error });
  });
  return issues;
}

function checkSlots(lesson: PolicyLesson, sim: SimWorld, issues: LessonIssue[]): void {
  const slots = lesson.task.slots;
  duplicates(slots, (s) => s.id, "task.slots", "slot id", issues);
  slots.forEach((slot, i) => {
    const path = `task.slots[${i}]`;
    const t = slot.target;
    // A customer managed policy may serve as a permissions boundary: it is then linted as one.
    const asBoundary = t.kind === "managed-policy" && slot.policyType === "boundary";
    const expected = asBoundary ? "boundary" : TARGET_POLICY_TYPE[t.kind];
    if (slot.policyType !== expected)
      issues.push({
        path: `${path}.policyType`,
        message: `a ${t.kind} slot holds ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected} policy, not ${slot.policyType}`,
      });
    const missing = targetProblem(t, sim);
    if (missing) issues.push({ path: `${path}.target`, message: missing });
    const solution = lesson.task.solution[slot.id];
    if (solution === undefined)
      issues.push({ path: "task.solution", message: `no solution document for slot "${slot.id}"` });
    else documentIssues(solution, expected, `task.solution[${JSON.stringify(slot.id)}]`, issues);
  });
  for (const key of Object.keys(lesson.task.solution)) {
    if (!slots.some((s) => s.id === key))
      issues.push({
        path: `task.solution[${JSON.stringify(key)}]`,
        message: `no slot "${key}" in task.slots`,
      });
  }
}

function targetProblem(t: Slot["target"], sim: SimWorld): string | undefined {
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
