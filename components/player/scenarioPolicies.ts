import type { Lesson } from "@/lib/lessons";

/** A policy document of a scenario, as the player lists it. */
export interface ScenarioPolicy {
  key: string;
  label: string;
  text: string;
}

const pretty = (doc: unknown) => JSON.stringify(doc, null, 2);

/**
 * Every policy document a scenario defines, in reading order: inline policies of users, groups
 * and roles, trust policies, customer managed policies, resource policies, SCPs and RCPs. (AWS
 * managed policies are named where they are attached; their documents are AWS's own.)
 */
export function scenarioPolicies(lesson: Lesson): ScenarioPolicy[] {
  const out: ScenarioPolicy[] = [];
  const many = lesson.scenario.accounts.length > 1;
  for (const account of lesson.scenario.accounts) {
    const where = many ? ` (account ${account.id})` : "";
    const add = (label: string, doc: unknown) =>
      out.push({ key: `${account.id}:${label}`, label: `${label}${where}`, text: pretty(doc) });
    for (const u of account.users ?? [])
      for (const p of u.inline ?? []) add(`Inline policy ${p.name} of user ${u.name}`, p.document);
    for (const g of account.groups ?? [])
      for (const p of g.inline ?? []) add(`Inline policy ${p.name} of group ${g.name}`, p.document);
    for (const r of account.roles ?? []) {
      add(`Trust policy of role ${r.name}`, r.trustPolicy);
      for (const p of r.inline ?? []) add(`Inline policy ${p.name} of role ${r.name}`, p.document);
    }
    for (const p of account.policies ?? []) add(`Customer managed policy ${p.name}`, p.document);
    for (const r of account.resources ?? [])
      if (r.policy !== undefined) add(`Resource policy of ${r.name ?? r.arn}`, r.policy);
  }
  for (const p of lesson.scenario.organization?.policies ?? [])
    out.push({
      key: `org:${p.name}`,
      label: `${p.type.toUpperCase()} ${p.name}`,
      text: pretty(p.document),
    });
  return out;
}
