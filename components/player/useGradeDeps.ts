"use client";

import { useEffect, useState } from "react";
import {
  catalogFromActions,
  requiredManagedPolicies,
  type GradeDeps,
  type Lesson,
} from "@/lib/lessons";
import { loadBrowserCatalog, type Catalog } from "@/lib/iam/catalog";

/** Whether the AWS data grading needs is loaded. */
export type DepsStatus = "ready" | "loading" | "failed";

// One catalog per page load, shared by every lesson opened (it is immutable data).
let catalogPromise: Promise<Catalog> | null = null;
function sharedCatalog(): Promise<Catalog> {
  catalogPromise ??= loadBrowserCatalog().catch((err: unknown) => {
    catalogPromise = null;
    throw err;
  });
  return catalogPromise;
}

/** True when grading this lesson needs anything from the catalog. */
function needsCatalog(lesson: Lesson): boolean {
  return lesson.leastPrivilege !== undefined || requiredManagedPolicies(lesson.scenario).length > 0;
}

/**
 * Loads what grading a lesson needs from the browser catalog (`/catalog/...`): the AWS managed
 * policies its scenario attaches and the action lists for the least-privilege search. Grading
 * runs meanwhile with what is known, and again once the data arrives. `override` skips loading.
 */
export function useGradeDeps(
  lesson: Lesson,
  override?: GradeDeps,
): { deps: GradeDeps; status: DepsStatus } {
  const skip = override !== undefined || !needsCatalog(lesson);
  const [state, setState] = useState<{ deps: GradeDeps; status: DepsStatus }>(() => ({
    deps: override ?? {},
    status: skip ? "ready" : "loading",
  }));

  useEffect(() => {
    if (skip) return;
    let cancelled = false;
    (async () => {
      const catalog = await sharedCatalog();
      const names = requiredManagedPolicies(lesson.scenario);
      await catalog.source.ensureManagedPolicies(names);
      const managedPolicies = new Map<string, unknown>();
      for (const name of names) {
        const policy = catalog.source.getManagedPolicy(name);
        if (policy) managedPolicies.set(name, policy.document);
      }
      if (!cancelled)
        setState({
          deps: { catalog: catalogFromActions(catalog), managedPolicies },
          status: "ready",
        });
    })().catch(() => {
      if (!cancelled) setState((s) => ({ ...s, status: "failed" }));
    });
    return () => {
      cancelled = true;
    };
  }, [lesson, skip]);

  return state;
}
