import type { Catalog } from "@/lib/iam";
import { CONDITION_OPERATORS } from "@/lib/iam";
import { actionDoc, concreteActions, conditionKeyDescription } from "./catalogDocs";
import { locateAt, statementPlace, type CursorLocation } from "./jsonLocation";
import { describeOperator, keyTypesForOperator } from "./operatorDocs";
import { principalValueEntries } from "./principalCompletions";
import { statementContext } from "./statementContext";

/** What kind of thing a suggestion inserts (mapped to Monaco's completion item kinds). */
export type EntryKind = "service" | "action" | "operator" | "conditionKey" | "arn" | "principal";

/** One suggestion, independent of Monaco. */
export interface CompletionEntry {
  label: string;
  kind: EntryKind;
  /** Text to insert (a snippet when `snippet` is true). */
  insertText: string;
  snippet?: boolean;
  /** One line shown beside the label. */
  detail?: string;
  /** Markdown shown in the details pane. */
  documentation?: string;
  sortText?: string;
  /** Open the suggestions again after accepting (e.g. after inserting `s3:`). */
  retrigger?: boolean;
}

/** Suggestions for a cursor, plus services whose details would enrich them. */
export interface CompletionResult {
  location: CursorLocation;
  entries: CompletionEntry[];
  /** Service prefixes that are not loaded yet: load them and ask again for full details. */
  missingServices: string[];
}

const ACTION_ELEMENTS = new Set(["Action", "NotAction"]);
const RESOURCE_ELEMENTS = new Set(["Resource", "NotResource"]);

/** Escapes text for a Monaco snippet. */
function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, "\\$&");
}

/** The services (prefix -> `prefix:`) for an Action value with no colon yet. */
export function serviceEntries(catalog: Catalog): CompletionEntry[] {
  return catalog.listServices().map((s) => ({
    label: s.prefix,
    kind: "service",
    insertText: `${s.prefix}:`,
    detail: `${s.name} · ${s.actions.length} actions`,
    retrigger: true,
  }));
}

/** The actions of one service (with a `prefix:*` entry first); details when the service is loaded. */
export function actionEntries(catalog: Catalog, prefix: string): CompletionEntry[] {
  const service = catalog.service(prefix);
  if (!service) return [];
  const loaded = catalog.serviceDetail(service.prefix);
  const entries: CompletionEntry[] = [
    {
      label: `${service.prefix}:*`,
      kind: "action",
      insertText: `${service.prefix}:*`,
      detail: `Every action of ${service.name}`,
      sortText: "0",
    },
  ];
  for (const [action, level] of service.actions) {
    const name = `${service.prefix}:${action}`;
    entries.push({
      label: name,
      kind: "action",
      insertText: name,
      detail: level,
      documentation: loaded ? actionDoc(catalog, name) : undefined,
      sortText: `1${action}`,
    });
  }
  return entries;
}

/** Condition operators for a key under `Condition`. */
export function operatorEntries(): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  const add = (label: string, rank: string) =>
    entries.push({
      label,
      kind: "operator",
      insertText: label,
      detail: "Condition operator",
      documentation: describeOperator(label),
      sortText: `${rank}${label}`,
    });
  for (const name of Object.keys(CONDITION_OPERATORS)) {
    add(name, "0");
    if (name !== "Null") add(`${name}IfExists`, "1");
  }
  for (const name of Object.keys(CONDITION_OPERATORS)) {
    if (name === "Null") continue;
    add(`ForAnyValue:${name}`, "2");
    add(`ForAllValues:${name}`, "2");
  }
  return entries;
}

/** A condition key as a snippet: `aws:ResourceTag/${TagKey}` -> `aws:ResourceTag/${1:TagKey}`. */
export function conditionKeySnippet(key: string): string {
  let n = 0;
  return key
    .split(/(\$\{[^}]*\}|<[^>]*>)/)
    .map((part, i) =>
      i % 2 === 1 ? `\${${++n}:${part.replace(/^\$\{|^<|[}>]$/g, "")}}` : snippetText(part),
    )
    .join("");
}

/** Condition keys valid for the statement's actions (plus global keys), best-typed first. */
export function conditionKeyEntries(
  catalog: Catalog,
  actions: string[],
  operator: string,
): CompletionEntry[] {
  const keys = new Set<string>();
  for (const name of concreteActions(catalog, actions)) {
    for (const k of catalog.conditionKeysForAction(name) ?? []) keys.add(k);
  }
  for (const g of catalog.globalConditionKeys()) keys.add(g.key);
  const fitting = keyTypesForOperator(operator);
  return [...keys].map((key) => {
    const info = catalog.conditionKey(key);
    const global = info?.global ?? key.startsWith("aws:");
    const fits = info !== undefined && fitting.includes(info.type);
    const description = conditionKeyDescription(catalog, key);
    return {
      label: key,
      kind: "conditionKey" as const,
      insertText: conditionKeySnippet(key),
      snippet: /\$\{|</.test(key),
      detail: `${info?.type ?? "key"}${info?.multiValued ? " (multi-valued)" : ""}${global ? " · global" : ""}`,
      documentation: description,
      sortText: `${fits ? 0 : 1}${global ? 1 : 0}${key}`,
    };
  });
}

/** `arn:${Partition}:s3:::${BucketName}` -> `arn:aws:s3:::${1:BucketName}`. */
export function arnTemplateSnippet(format: string): { label: string; snippet: string } {
  const filled = format.replace(/\$\{Partition\}/g, "aws");
  let n = 0;
  const snippet = filled
    .split(/(\$\{[^}]*\})/)
    .map((part, i) => (i % 2 === 1 ? `\${${++n}:${part.slice(2, -1)}}` : snippetText(part)))
    .join("");
  return { label: filled, snippet };
}

/** ARN templates for the resource types of the statement's actions, and `*`. */
export function arnEntries(catalog: Catalog, actions: string[]): CompletionEntry[] {
  const byArn = new Map<string, { entry: CompletionEntry; users: string[] }>();
  const starOnly: string[] = [];
  for (const name of concreteActions(catalog, actions, 50)) {
    const action = catalog.action(name);
    const types = catalog.resourceTypesOf(name);
    if (!action || !types) continue;
    if (types.length === 0) starOnly.push(name);
    for (const rt of types) {
      const format = catalog.resourceType(action.service, rt.name)?.arn;
      if (!format) continue;
      const hit = byArn.get(format);
      if (hit) {
        hit.users.push(name);
        continue;
      }
      const { label, snippet } = arnTemplateSnippet(format);
      byArn.set(format, {
        users: [name],
        entry: {
          label,
          kind: "arn",
          insertText: snippet,
          snippet: true,
          detail: `${action.service} ${rt.name}`,
        },
      });
    }
  }
  const entries = [...byArn.values()].map(({ entry, users }) => ({
    ...entry,
    documentation: `ARN of a \`${entry.detail}\`, used by ${users
      .slice(0, 6)
      .map((u) => `\`${u}\``)
      .join(", ")}${users.length > 6 ? "…" : ""}`,
    sortText: `1${entry.label}`,
  }));
  entries.unshift({
    label: "*",
    kind: "arn",
    insertText: "*",
    detail: "Every resource",
    documentation: starOnly.length
      ? `${starOnly
          .slice(0, 6)
          .map((a) => `\`${a}\``)
          .join(", ")} only accept \`"*"\`.`
      : "Every resource: prefer naming the ARNs you need.",
    sortText: "0",
  });
  return entries;
}

function missing(catalog: Catalog, actions: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const a of actions) {
    const p = a.split(":")[0];
    if (p && !/[*?]/.test(p) && catalog.serviceStatus(p) === "not-loaded")
      prefixes.add(p.toLowerCase());
  }
  return [...prefixes];
}

/** Suggestions at `offset` in a policy document (tolerates unfinished JSON). */
export function buildCompletions(catalog: Catalog, text: string, offset: number): CompletionResult {
  const location = locateAt(text, offset);
  const none = { location, entries: [], missingServices: [] };
  const place = statementPlace(location.path);
  if (!place || location.slot === "none") return none;
  const { inner } = place;
  const element = inner[0];
  if (
    location.slot === "value" &&
    typeof element === "string" &&
    ACTION_ELEMENTS.has(element) &&
    inner.length <= 2
  ) {
    const colon = location.prefix.indexOf(":");
    if (colon < 0) return { location, entries: serviceEntries(catalog), missingServices: [] };
    const prefix = location.prefix.slice(0, colon);
    return {
      location,
      entries: actionEntries(catalog, prefix),
      missingServices: missing(catalog, [location.prefix]),
    };
  }
  if (location.slot === "value") {
    const principals = principalValueEntries(inner);
    if (principals) return { location, entries: principals, missingServices: [] };
  }
  const ctx = () => statementContext(text, place.statementPath);
  if (location.slot === "key" && element === "Condition" && inner.length === 1) {
    return { location, entries: operatorEntries(), missingServices: [] };
  }
  if (location.slot === "key" && element === "Condition" && inner.length === 2) {
    const { actions } = ctx();
    return {
      location,
      entries: conditionKeyEntries(catalog, actions, String(inner[1])),
      missingServices: missing(catalog, actions),
    };
  }
  if (
    location.slot === "value" &&
    typeof element === "string" &&
    RESOURCE_ELEMENTS.has(element) &&
    inner.length <= 2
  ) {
    const { actions } = ctx();
    return {
      location,
      entries: arnEntries(catalog, actions),
      missingServices: missing(catalog, actions),
    };
  }
  return none;
}
