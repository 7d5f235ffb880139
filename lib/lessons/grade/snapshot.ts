import type { Lesson } from "../schema";
import type { ActionCatalog } from "./types";

/**
 * The part of the action catalog one lesson's grading can ask for, as plain data: every action of
 * the services its least-privilege space names, and whether each of those actions (and the
 * lesson's own) applies to each resource of the space. Built where the catalog lives (the page),
 * it crosses to the grading worker by `postMessage`, so the page loads the catalog only once.
 */
export interface CatalogSnapshot {
  actions: Record<string, string[]>;
  /** `action\nresource` -> applies (absent: unknown). */
  applies: Record<string, boolean>;
}

function serviceOf(action: string): string {
  return action.slice(0, action.indexOf(":")).toLowerCase();
}

/** The service prefixes a lesson's least-privilege search covers (none for other tasks). */
export function leastPrivilegeServices(lesson: Lesson): string[] {
  if (lesson.task.kind !== "policy" || !lesson.task.leastPrivilege) return [];
  const { leastPrivilege, checks } = lesson.task;
  const services = leastPrivilege.services ?? checks.map((c) => serviceOf(c.action));
  return [...new Set(services.map((s) => s.toLowerCase()))];
}

/** What a lesson's grading needs from `catalog`, as data (empty for kinds without a search). */
export function snapshotCatalog(lesson: Lesson, catalog: ActionCatalog): CatalogSnapshot {
  const snapshot: CatalogSnapshot = { actions: {}, applies: {} };
  if (lesson.task.kind !== "policy" || !lesson.task.leastPrivilege) return snapshot;
  const { task } = lesson;
  const spec = task.leastPrivilege ?? {};
  const services = leastPrivilegeServices(lesson);
  const resources = new Set(spec.resources ?? task.checks.map((c) => c.resource));
  const actions = new Set<string>([
    ...(spec.extraActions ?? []),
    ...task.checks.map((c) => c.action),
  ]);
  for (const service of services) {
    const list = catalog.actionsOf(service);
    if (!list) continue;
    snapshot.actions[service] = [...list];
    list.forEach((a) => actions.add(a));
  }
  if (catalog.appliesTo)
    for (const action of actions)
      for (const resource of resources) {
        const applies = catalog.appliesTo(action, resource);
        if (applies !== undefined) snapshot.applies[`${action}\n${resource}`] = applies;
      }
  return snapshot;
}

/** An {@link ActionCatalog} that answers from a snapshot (unknown outside it). */
export function catalogFromSnapshot(snapshot: CatalogSnapshot): ActionCatalog {
  return {
    actionsOf: (prefix) => snapshot.actions[prefix.toLowerCase()],
    appliesTo: (action, resource) => snapshot.applies[`${action}\n${resource}`],
  };
}
