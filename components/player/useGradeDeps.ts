"use client";

import { useEffect, useState } from "react";
import {
  catalogFromActions,
  leastPrivilegeServices,
  requiredManagedPolicies,
  snapshotCatalog,
  type CatalogSnapshot,
  type GradeDeps,
  type Lesson,
} from "@/lib/lessons";
import { getCatalog } from "@/components/editor/intelligence/catalogClient";

/** Whether the AWS data grading needs is loaded. */
export type DepsStatus = "ready" | "loading" | "failed";

/** What grading a lesson needs from outside, and the catalog part as data for the worker. */
export interface LessonDeps {
  deps: GradeDeps;
  snapshot: CatalogSnapshot | null;
  status: DepsStatus;
}

/** True when grading this lesson needs anything from the catalog. */
function needsCatalog(lesson: Lesson): boolean {
  return (
    (lesson.task.kind === "policy" && lesson.task.leastPrivilege !== undefined) ||
    requiredManagedPolicies(lesson.scenario).length > 0
  );
}

/**
 * Loads what grading a lesson needs through the page's one catalog client (the editor's): the AWS
 * managed policies its scenario attaches, and the action lists and resource types of its
 * least-privilege space (as a snapshot the grading worker can receive). Grading runs meanwhile with
 * what is known, and again once the data arrives. `override` skips loading.
 */
export function useGradeDeps(lesson: Lesson, override?: GradeDeps): LessonDeps {
  const skip = override !== undefined || !needsCatalog(lesson);
  const [state, setState] = useState<LessonDeps>(() => ({
    deps: override ?? {},
    snapshot: null,
    status: skip ? "ready" : "loading",
  }));

  useEffect(() => {
    if (skip) return;
    let cancelled = false;
    (async () => {
      const catalog = await getCatalog();
      const names = requiredManagedPolicies(lesson.scenario);
      await Promise.all([
        catalog.source.ensureManagedPolicies(names),
        catalog.ensureServices(leastPrivilegeServices(lesson)).catch(() => undefined),
      ]);
      const managedPolicies = new Map<string, unknown>();
      for (const name of names) {
        const policy = catalog.source.getManagedPolicy(name);
        if (policy) managedPolicies.set(name, policy.document);
      }
      const actions = catalogFromActions(catalog);
      if (!cancelled)
        setState({
          deps: { catalog: actions, managedPolicies },
          snapshot: snapshotCatalog(lesson, actions),
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
