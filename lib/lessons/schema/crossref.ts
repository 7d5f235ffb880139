import { parsePolicy, type PolicyType } from "@/lib/iam";
import { indexWorld, resolvePrincipal, type SimWorld } from "@/lib/sim";
import type { Lesson } from "./lesson";

/** A problem with a document, named by its JSON path (`checks[2].principal`). */
export interface LessonIssue {
  path: string;
  message: string;
}

/**
 * Checks what the schema alone cannot, in the scenario every kind of task shares: ids are unique,
 * every reference (group, managed policy, organization level) exists, and every policy document
 * is valid for its place. Each kind adds its own checks (`kinds/<kind>/crossref.ts`).
 */
export function scenarioIssues(lesson: Lesson): { sim: SimWorld; issues: LessonIssue[] } {
  const issues: LessonIssue[] = [];
  const sim = indexWorld(lesson.scenario);
  checkEntities(lesson, sim, issues);
  return { sim, issues };
}

/** Reports each repeated key of `items` at its place under `path`. */
export function duplicates<T>(
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

/** Reports a policy document's first problems for its place (`path`) as lesson issues. */
export function documentIssues(
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

/** Reports requests (checks, questions) whose principal or session policy is not in the world. */
export function requestIssues(
  requests: readonly { principal: string; sessionPolicy?: unknown }[],
  path: string,
  sim: SimWorld,
  issues: LessonIssue[],
): void {
  requests.forEach((request, i) => {
    const r = resolvePrincipal(sim, request.principal);
    if (!r.ok) issues.push({ path: `${path}[${i}].principal`, message: r.error });
    if (request.sessionPolicy !== undefined)
      documentIssues(request.sessionPolicy, "session", `${path}[${i}].sessionPolicy`, issues);
  });
}
