import type { CatalogIndex, ManagedPolicy, ManagedPolicySummary, ServiceDetail } from "./data";

/**
 * Where a `Catalog` gets its data. The index is always present; per-service details and managed
 * policy documents may arrive lazily (the browser fetches them on demand), so the sync getters
 * return `undefined` for "not loaded yet" and the `ensure*` methods load them.
 */
export interface CatalogSource {
  readonly index: CatalogIndex;
  readonly managedPolicies: readonly ManagedPolicySummary[];
  /** Details of a service by its lower-case prefix, or undefined when not (yet) loaded. */
  getService(prefix: string): ServiceDetail | undefined;
  /** Loads the details of these services (unknown prefixes are ignored). */
  ensureServices(prefixes: readonly string[]): Promise<void>;
  /** A managed policy by exact name, or undefined when unknown or not (yet) loaded. */
  getManagedPolicy(name: string): ManagedPolicy | undefined;
  /** Loads these managed policies (unknown names are ignored). */
  ensureManagedPolicies(names: readonly string[]): Promise<void>;
}

/**
 * A source over data already in memory (tests, workers that received the data by message).
 * Services and policies not given are reported as not loaded and cannot be loaded.
 */
export function memoryCatalogSource(
  index: CatalogIndex,
  services: readonly ServiceDetail[] = [],
  managed: readonly ManagedPolicy[] = [],
): CatalogSource {
  const byPrefix = new Map(services.map((s) => [s.prefix, s]));
  const byName = new Map(managed.map((p) => [p.name, p]));
  return {
    index,
    managedPolicies: managed.map(({ name, arn, version, description }) => ({
      name,
      arn,
      version,
      description,
    })),
    getService: (prefix) => byPrefix.get(prefix),
    ensureServices: async () => {},
    getManagedPolicy: (name) => byName.get(name),
    ensureManagedPolicies: async () => {},
  };
}
