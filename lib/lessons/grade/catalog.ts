import type { ActionCatalog } from "./types";

/** The parts of the IAM catalog (`Catalog` from `@/lib/iam/catalog`) that grading uses. */
export interface CatalogLike {
  service(
    prefix: string,
  ): { prefix: string; actions: readonly (readonly [string, ...unknown[]])[] } | undefined;
  /** Resource types an action acts on (empty: it only takes `*`); undefined when not loaded. */
  resourceTypesOf?(action: string): readonly { name: string }[] | undefined;
  /** Resource types an ARN can be; undefined when that cannot be told. */
  resourceTypesForArn?(arn: string): readonly { name: string }[] | undefined;
}

function isCatalogLike(source: unknown): source is CatalogLike {
  return typeof (source as CatalogLike).service === "function";
}

/**
 * Adapts an action list to an {@link ActionCatalog}: either the IAM catalog (anything with
 * `service(prefix)`, optionally with resource types so the least-privilege search skips pairs such
 * as `s3:ListJobs` on a bucket ARN) or a plain map `{ s3: ["GetObject", ...] }` (tests, tiny
 * bundles). In the browser, load the services' details first so resource types are known.
 */
export function catalogFromActions(
  source: CatalogLike | Record<string, readonly string[]>,
): ActionCatalog {
  const cache = new Map<string, readonly string[] | undefined>();
  const read = (prefix: string): readonly string[] | undefined => {
    if (isCatalogLike(source)) {
      const service = source.service(prefix);
      return service?.actions.map((a) => `${service.prefix}:${a[0]}`);
    }
    const names = source[prefix];
    return names?.map((n) => (n.includes(":") ? n : `${prefix}:${n}`));
  };
  const catalog: ActionCatalog = {
    actionsOf(prefix) {
      const key = prefix.toLowerCase();
      if (!cache.has(key)) cache.set(key, read(key));
      return cache.get(key);
    },
  };
  if (isCatalogLike(source) && source.resourceTypesOf && source.resourceTypesForArn) {
    const typesOf = source.resourceTypesOf.bind(source);
    const typesForArn = source.resourceTypesForArn.bind(source);
    const applies = new Map<string, boolean | undefined>();
    catalog.appliesTo = (action, resource) => {
      const key = `${action}\n${resource}`;
      if (applies.has(key)) return applies.get(key);
      let result: boolean | undefined;
      const actionTypes = typesOf(action);
      if (actionTypes !== undefined) {
        if (resource === "*") result = actionTypes.length === 0;
        else {
          const arnTypes = typesForArn(resource);
          if (arnTypes !== undefined)
            result = actionTypes.some((t) => arnTypes.some((a) => a.name === t.name));
        }
      }
      applies.set(key, result);
      return result;
    };
  }
  return catalog;
}
