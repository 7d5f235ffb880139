import type { Answers, Lesson, Slot } from "@/lib/lessons";
import {
  draftTrustedPrincipals,
  managedName,
  resourceKindName,
  slotsOn,
  tagText,
  trustedPrincipals,
} from "./scenarioText";
import { scenarioPolicies } from "./scenarioPolicies";
import styles from "./Scenario.module.css";

type Account = Lesson["scenario"]["accounts"][number];

function Detail({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <p className={styles.detail}>
      <span className={styles.detailLabel}>{label}:</span> {items.join(", ")}
    </p>
  );
}

function Editing({ slots }: { slots: Slot[] }) {
  if (slots.length === 0) return null;
  return (
    <p className={styles.editing}>
      <span aria-hidden="true">✎ </span>You edit: {slots.map((s) => s.label).join(", ")}
    </p>
  );
}

function Arrow() {
  return (
    <svg
      className={styles.arrow}
      viewBox="0 0 16 10"
      width="16"
      height="10"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M0 5h13M9 1l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** Who may assume a role: from the scenario, or from the learner's draft when they write it. */
function trustText(
  role: NonNullable<Account["roles"]>[number],
  trustSlot: Slot | undefined,
  answers: Answers,
): string {
  if (!trustSlot) return trustedPrincipals(role.trustPolicy).join(", ") || "nobody yet";
  const named = draftTrustedPrincipals(answers[trustSlot.id] ?? trustSlot.starter);
  if (named === null) return "whoever your trust policy names, once it parses";
  return named.length > 0
    ? `${named.join(", ")} (from your trust policy)`
    : "nobody yet: your trust policy names no one";
}

function Column({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: React.ReactNode;
}) {
  if (count === 0) return null;
  return (
    <div className={styles.column}>
      <h3 className={styles.columnTitle}>
        {title} <span className={styles.count}>({count})</span>
      </h3>
      <ul className={styles.entities}>{children}</ul>
    </div>
  );
}

function AccountDiagram({
  account,
  slots,
  first,
  answers,
}: {
  account: Account;
  slots: readonly Slot[];
  first: boolean;
  answers: Answers;
}) {
  const on = (kind: "user" | "group" | "role" | "resource", name: string) =>
    slotsOn(slots, account, first, { kind, name });
  const inline = (list?: { name: string }[]) => (list ?? []).map((p) => `${p.name} (inline)`);
  const attached = (list?: string[]) => (list ?? []).map(managedName);
  const users = account.users ?? [];
  const groups = account.groups ?? [];
  const roles = account.roles ?? [];
  const resources = account.resources ?? [];
  return (
    <figure className={styles.account}>
      <figcaption className={styles.accountTitle}>
        Account {account.id}
        {account.alias ? ` (${account.alias})` : ""}
        {account.isManagementAccount ? ", organization management account" : ""}
      </figcaption>
      <div className={styles.columns}>
        <Column title="Users" count={users.length}>
          {users.map((u) => (
            <li
              key={u.name}
              className={`${styles.entity} ${on("user", u.name).length ? styles.edited : ""}`}
            >
              <span className={styles.entityName}>{u.name}</span>
              {(u.groups ?? []).length > 0 && (
                <p className={styles.detail}>
                  <span className={styles.detailLabel}>Member of</span> <Arrow />{" "}
                  {(u.groups ?? []).join(", ")}
                </p>
              )}
              <Detail label="Policies" items={[...attached(u.attached), ...inline(u.inline)]} />
              <Detail label="Boundary" items={u.boundary ? [managedName(u.boundary)] : []} />
              <Detail label="Tags" items={tagText(u.tags)} />
              <Editing slots={on("user", u.name)} />
            </li>
          ))}
        </Column>
        <Column title="Groups" count={groups.length}>
          {groups.map((g) => (
            <li
              key={g.name}
              className={`${styles.entity} ${on("group", g.name).length ? styles.edited : ""}`}
            >
              <span className={styles.entityName}>{g.name}</span>
              <Detail
                label="Members"
                items={users.filter((u) => u.groups?.includes(g.name)).map((u) => u.name)}
              />
              <Detail label="Policies" items={[...attached(g.attached), ...inline(g.inline)]} />
              <Editing slots={on("group", g.name)} />
            </li>
          ))}
        </Column>
        <Column title="Roles" count={roles.length}>
          {roles.map((r) => (
            <li
              key={r.name}
              className={`${styles.entity} ${on("role", r.name).length ? styles.edited : ""}`}
            >
              <span className={styles.entityName}>{r.name}</span>
              {r.description && <p className={styles.detail}>{r.description}</p>}
              <p className={styles.detail}>
                <span className={styles.detailLabel}>Trusted by</span> <Arrow />{" "}
                {trustText(
                  r,
                  on("role", r.name).find((slot) => slot.target.kind === "role-trust"),
                  answers,
                )}
              </p>
              <Detail label="Policies" items={[...attached(r.attached), ...inline(r.inline)]} />
              <Detail label="Boundary" items={r.boundary ? [managedName(r.boundary)] : []} />
              <Detail label="Tags" items={tagText(r.tags)} />
              <Editing slots={on("role", r.name)} />
            </li>
          ))}
        </Column>
        <Column title="Resources" count={resources.length}>
          {resources.map((res) => (
            <li
              key={res.arn}
              className={`${styles.entity} ${on("resource", res.arn).length ? styles.edited : ""}`}
            >
              <span className={styles.entityName}>
                {resourceKindName(res.kind)} {res.name ?? ""}
              </span>
              <p className={styles.arn}>{res.arn}</p>
              <Detail label="Tags" items={tagText(res.tags)} />
              {res.policy && <p className={styles.detail}>Has a resource-based policy.</p>}
              <Editing slots={on("resource", res.arn)} />
            </li>
          ))}
        </Column>
      </div>
    </figure>
  );
}

function OrgUnitTree({ unit }: { unit: NonNullable<Lesson["scenario"]["organization"]>["root"] }) {
  const scps = unit.scps ?? ["FullAWSAccess"];
  return (
    <li>
      <span className={styles.entityName}>{unit.name ?? unit.id}</span>{" "}
      <span className={styles.detail}>
        SCPs: {scps.join(", ")}
        {unit.rcps ? `; RCPs: ${unit.rcps.join(", ")}` : ""}
      </span>
      {unit.accounts?.length || unit.children?.length ? (
        <ul className={styles.tree}>
          {(unit.accounts ?? []).map((a) => (
            <li key={a.id}>
              Account {a.id}
              {a.scps ? ` (SCPs: ${a.scps.join(", ")})` : ""}
            </li>
          ))}
          {(unit.children ?? []).map((c) => (
            <OrgUnitTree key={c.id} unit={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The scenario's account(s) drawn readably: users and their groups, policies, roles with trust,
 * resources with tags. Where the learner writes a role's trust policy, the diagram follows the draft.
 */
export function ScenarioPanel({ lesson, answers = {} }: { lesson: Lesson; answers?: Answers }) {
  const { accounts, organization } = lesson.scenario;
  return (
    <section className={styles.panel} aria-labelledby="scenario-title" data-testid="scenario">
      <h2 id="scenario-title" className={styles.title}>
        The account
      </h2>
      {organization && (
        <figure className={styles.account}>
          <figcaption className={styles.accountTitle}>Organization</figcaption>
          <ul className={styles.tree}>
            <OrgUnitTree unit={organization.root} />
          </ul>
        </figure>
      )}
      {accounts.map((account, i) => (
        <AccountDiagram
          key={account.id}
          account={account}
          slots={lesson.task.kind === "policy" ? lesson.task.slots : []}
          first={i === 0}
          answers={answers}
        />
      ))}
      <PolicyDocuments lesson={lesson} />
    </section>
  );
}

/** The scenario's own policy documents, each one disclosure away (the learner reads them). */
function PolicyDocuments({ lesson }: { lesson: Lesson }) {
  const policies = scenarioPolicies(lesson);
  if (policies.length === 0) return null;
  return (
    <div className={styles.documents} data-testid="scenario-policies">
      <h3 className={styles.documentsTitle}>Policies in this scenario</h3>
      {policies.map((p) => (
        <details key={p.key} className={styles.document} open={lesson.task.kind === "predict"}>
          <summary>{p.label}</summary>
          <pre className={styles.documentText} tabIndex={0} aria-label={p.label}>
            {p.text}
          </pre>
        </details>
      ))}
    </div>
  );
}
