import { Catalog } from "./catalog";
import type { CatalogIndex, ManagedPolicy, ManagedPolicySummary, ServiceDetail } from "./data";
import type { CatalogSource } from "./source";

/** A `fetch`-like function: enough of the real one to read JSON. */
export type FetchJson = (
  url: string,
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

async function getJson<T>(fetchFn: FetchJson, url: string): Promise<T> {
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`catalog: ${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Browser catalog source: fetches `<base>/index.json` and the managed policy list up front, and
 * each service's details or managed policy document lazily on `ensure*`. Sync getters report
 * "not loaded yet" as undefined. Concurrent requests for the same file share one fetch.
 */
export async function browserCatalogSource(
  base = "/catalog",
  fetchFn: FetchJson = (url) => fetch(url),
): Promise<CatalogSource> {
  const [index, managedPolicies] = await Promise.all([
    getJson<CatalogIndex>(fetchFn, `${base}/index.json`),
    getJson<ManagedPolicySummary[]>(fetchFn, `${base}/managed/index.json`).catch(() => []),
  ]);
  const known = new Set(index.services.map((s) => s.prefix));
  const managedNames = new Set(managedPolicies.map((p) => p.name));
  const services = new Map<string, ServiceDetail>();
  const policies = new Map<string, ManagedPolicy>();
  const pending = new Map<string, Promise<void>>();

  function load<T>(key: string, url: string, store: (value: T) => void): Promise<void> {
    let p = pending.get(key);
    if (!p) {
      p = getJson<T>(fetchFn, url).then(store, (err: unknown) => {
        pending.delete(key);
        throw err;
      });
      pending.set(key, p);
    }
    return p;
  }

  return {
    index,
    managedPolicies,
    getService: (prefix) => services.get(prefix),
    async ensureServices(prefixes) {
      await Promise.all(
        [...new Set(prefixes.map((p) => p.toLowerCase()))]
          .filter((p) => known.has(p) && !services.has(p))
          .map((p) =>
            load<ServiceDetail>(`s:${p}`, `${base}/services/${encodeURIComponent(p)}.json`, (d) =>
              services.set(p, d),
            ),
          ),
      );
    },
    getManagedPolicy: (name) => policies.get(name),
    async ensureManagedPolicies(names) {
      await Promise.all(
        names
          .filter((n) => managedNames.has(n) && !policies.has(n))
          .map((n) =>
            load<ManagedPolicy>(`m:${n}`, `${base}/managed/${encodeURIComponent(n)}.json`, (d) =>
              policies.set(n, d),
            ),
          ),
      );
    },
  };
}

/** Loads the catalog index in the browser and returns a `Catalog` over it. */
export async function loadBrowserCatalog(base = "/catalog", fetchFn?: FetchJson): Promise<Catalog> {
  return new Catalog(await browserCatalogSource(base, fetchFn));
}
