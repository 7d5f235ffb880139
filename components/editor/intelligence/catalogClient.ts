"use client";

import { loadBrowserCatalog, type Catalog } from "@/lib/iam";

let pending: Promise<Catalog> | null = null;
let ready: Catalog | undefined;

/**
 * The app's catalog, loaded once from `/catalog/index.json` (service details come later, on
 * demand). A failed load is forgotten so the next call tries again.
 */
export function getCatalog(): Promise<Catalog> {
  pending ??= loadBrowserCatalog("/catalog").then(
    (catalog) => {
      ready = catalog;
      return catalog;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The catalog when it has already loaded, without waiting. */
export function peekCatalog(): Catalog | undefined {
  return ready;
}

/**
 * Loads the details of these services, giving up after `timeoutMs` (the caller then answers with
 * what it has). Resolves true when everything asked for is loaded.
 */
export async function ensureServicesWithin(
  catalog: Catalog,
  prefixes: readonly string[],
  timeoutMs: number,
): Promise<boolean> {
  if (prefixes.length === 0) return true;
  const load = catalog.ensureServices(prefixes).then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([load, timeout]);
}
