import type { Catalog } from "@/lib/iam";

/** Markdown documentation of an action: description, access level, resource types, keys. */
export function actionDoc(catalog: Catalog, name: string): string | undefined {
  const summary = catalog.action(name);
  if (!summary) return undefined;
  const detail = catalog.actionDetail(name);
  const lines = [`**${summary.name}** · ${summary.accessLevel}`];
  if (!detail) {
    lines.push(`${catalog.service(summary.service)?.name ?? summary.service} (details loading…)`);
    return lines.join("\n\n");
  }
  if (detail.description) lines.push(detail.description);
  const types = detail.resourceTypes;
  lines.push(
    types.length === 0
      ? 'Resource types: none (use `"Resource": "*"`)'
      : `Resource types: ${types.map((r) => `\`${r.name}\`${r.required ? " (required)" : ""}`).join(", ")}`,
  );
  if (detail.conditionKeys.length > 0) {
    const keys = detail.conditionKeys.slice(0, 12).map((k) => `\`${k}\``);
    const more = detail.conditionKeys.length - keys.length;
    lines.push(`Condition keys: ${keys.join(", ")}${more > 0 ? ` and ${more} more` : ""}`);
  }
  if (detail.dependentActions?.length) {
    lines.push(`Also needs: ${detail.dependentActions.map((a) => `\`${a}\``).join(", ")}`);
  }
  return lines.join("\n\n");
}

/** The description of a service-specific condition key, when its service is loaded. */
export function conditionKeyDescription(catalog: Catalog, key: string): string | undefined {
  const colon = key.indexOf(":");
  if (colon <= 0) return undefined;
  const detail = catalog.serviceDetail(key.slice(0, colon));
  const lower = key.toLowerCase();
  return detail?.conditionKeys.find((k) => k.key.toLowerCase() === lower)?.description;
}

/** Markdown documentation of a condition key: type, multi-valuedness, scope, description. */
export function conditionKeyDoc(catalog: Catalog, key: string): string | undefined {
  const info = catalog.conditionKey(key);
  if (!info) return undefined;
  const lines = [`**${info.key}** · ${info.type}${info.multiValued ? " (multi-valued)" : ""}`];
  const description =
    conditionKeyDescription(catalog, info.key) ??
    (info.global ? "Global condition key: available in requests to every service." : undefined);
  if (description) lines.push(description);
  if (info.multiValued) {
    lines.push("Multi-valued: compare it with `ForAnyValue:` or `ForAllValues:`.");
  }
  return lines.join("\n\n");
}

/** Expands action patterns to concrete action names (wildcards through the catalog), capped. */
export function concreteActions(
  catalog: Catalog,
  patterns: readonly string[],
  cap = 200,
): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    if (p === "*" || p.startsWith("*")) continue;
    for (const a of /[*?]/.test(p) ? catalog.expandAction(p) : [catalog.action(p)]) {
      if (a) out.add(a.name);
      if (out.size >= cap) return [...out];
    }
  }
  return [...out];
}
