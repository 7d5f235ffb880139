import type { Catalog } from "@/lib/iam";

const LIMIT = 300;

/**
 * Datalist options for the action field: service prefixes (`s3:`) until a colon is typed, then
 * that service's actions that start with what follows the colon.
 */
export function actionOptions(catalog: Catalog | undefined, typed: string): string[] {
  if (!catalog) return [];
  const text = typed.trim();
  const colon = text.indexOf(":");
  if (colon < 0) {
    const lower = text.toLowerCase();
    return catalog
      .listServices()
      .filter((s) => s.prefix.startsWith(lower))
      .slice(0, LIMIT)
      .map((s) => `${s.prefix}:`);
  }
  const service = catalog.service(text.slice(0, colon));
  if (!service) return [];
  const rest = text.slice(colon + 1).toLowerCase();
  return service.actions
    .filter(([name]) => name.toLowerCase().startsWith(rest))
    .slice(0, LIMIT)
    .map(([name]) => `${service.prefix}:${name}`);
}

/** Datalist options for context keys: the global condition keys, tag keys with a sample tag. */
export function contextKeyOptions(catalog: Catalog | undefined): string[] {
  if (!catalog) return [];
  return catalog.globalConditionKeys().map((k) => k.key.replace("${TagKey}", "team"));
}
