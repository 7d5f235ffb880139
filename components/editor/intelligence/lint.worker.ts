/// <reference lib="webworker" />
/**
 * Lint worker: lints policies off the main thread when the main-thread lint turns out slow.
 * Loads its own catalog (same origin) and the services each document names.
 */
import { loadBrowserCatalog, type Catalog } from "@/lib/iam";
import { lintPolicy } from "@/lib/iam";
import type { LintWorkerRequest, LintWorkerResponse } from "./lintWorkerProtocol";
import { servicePrefixesIn } from "./statementContext";

let catalog: Promise<Catalog> | null = null;
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<LintWorkerRequest>) => {
  const { id, text, type, catalogBase } = event.data;
  let response: LintWorkerResponse;
  try {
    catalog ??= loadBrowserCatalog(catalogBase);
    const c = await catalog.catch((error: unknown) => {
      catalog = null;
      throw error;
    });
    await c.ensureServices(servicePrefixesIn(text)).catch(() => undefined);
    const t0 = performance.now();
    const findings = lintPolicy(text, { type, catalog: c });
    response = { id, findings, ms: performance.now() - t0 };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
