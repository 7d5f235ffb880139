/**
 * Node-side loading of what grading needs: the action catalog and the AWS managed policies a
 * lesson attaches, both from the generated `public/catalog` (through the catalog's Node loader).
 */
import {
  catalogFromActions,
  requiredManagedPolicies,
  type GradeDeps,
  type Lesson,
} from "@/lib/lessons";
import { loadNodeCatalog } from "@/lib/iam/catalog/node";

/**
 * Loads the catalog and the managed policies these lessons need. Without a generated catalog
 * (`npm run catalog` not run yet), grading still works: the least-privilege search then covers
 * only the actions the lesson and the answers name, and lessons that attach AWS managed policies
 * report them as not loaded.
 */
export function loadGradeDeps(lessons: readonly Lesson[]): GradeDeps {
  let catalog: ReturnType<typeof loadNodeCatalog> | undefined;
  try {
    catalog = loadNodeCatalog();
  } catch {
    catalog = undefined;
  }
  const managedPolicies = new Map<string, unknown>();
  for (const lesson of lessons) {
    for (const name of requiredManagedPolicies(lesson.scenario)) {
      const policy = catalog?.getManagedPolicy(name);
      if (policy) managedPolicies.set(name, policy.document);
    }
  }
  return { catalog: catalog ? catalogFromActions(catalog) : undefined, managedPolicies };
}
