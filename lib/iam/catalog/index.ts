/**
 * The AWS catalog: services, actions, resource types with ARN formats, condition keys and curated
 * managed policies. Browser-safe; the Node loader lives in `./node` (import it directly).
 */
export { Catalog } from "./catalog";
export type { ActionLookup, ActionSummary, ServiceStatus } from "./catalog";
export type { ConditionKeyInfo } from "./condition-keys";
export type * from "./data";
export type { CatalogSource } from "./source";
export { memoryCatalogSource } from "./source";
export { browserCatalogSource, loadBrowserCatalog } from "./browser";
export type { FetchJson } from "./browser";
export { arnPatternMatchesFormat } from "./arn-format";
export { closest, editDistance } from "./suggest";
