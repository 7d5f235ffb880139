/**
 * Node-only catalog loader: reads the generated `public/catalog/` with node:fs, services lazily
 * and synchronously. Import it from the CLI, tests and build scripts, never from browser code.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Catalog } from "./catalog";
import type { CatalogIndex, ManagedPolicy, ManagedPolicySummary, ServiceDetail } from "./data";
import type { CatalogSource } from "./source";

/** The default location of the generated catalog: `<repo>/public/catalog`. */
export function defaultCatalogDir(): string {
  return path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    "..",
    "..",
    "..",
    "public",
    "catalog",
  );
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/**
 * Creates a source that reads `dir` (default `public/catalog`). Throws a clear error when the
 * index is missing: run `npm run catalog` first.
 */
export function nodeCatalogSource(dir: string = defaultCatalogDir()): CatalogSource {
  const index = readJson<CatalogIndex>(path.join(dir, "index.json"));
  if (!index)
    throw new Error(
      `catalog: cannot read ${path.join(dir, "index.json")}; run \`npm run catalog\` first`,
    );
  const managedPolicies =
    readJson<ManagedPolicySummary[]>(path.join(dir, "managed", "index.json")) ?? [];
  const known = new Set(index.services.map((s) => s.prefix));
  const managedNames = new Set(managedPolicies.map((p) => p.name));
  const services = new Map<string, ServiceDetail | undefined>();
  const policies = new Map<string, ManagedPolicy | undefined>();
  return {
    index,
    managedPolicies,
    getService(prefix) {
      if (!known.has(prefix)) return undefined;
      if (!services.has(prefix))
        services.set(prefix, readJson(path.join(dir, "services", `${prefix}.json`)));
      return services.get(prefix);
    },
    async ensureServices() {},
    getManagedPolicy(name) {
      if (!managedNames.has(name)) return undefined;
      if (!policies.has(name))
        policies.set(name, readJson(path.join(dir, "managed", `${name}.json`)));
      return policies.get(name);
    },
    async ensureManagedPolicies() {},
  };
}

let shared: Catalog | undefined;

/** A process-wide `Catalog` over `public/catalog`, created on first use. */
export function loadNodeCatalog(dir?: string): Catalog {
  if (dir) return new Catalog(nodeCatalogSource(dir));
  shared ??= new Catalog(nodeCatalogSource());
  return shared;
}
