import type { World } from "@/lib/sim";

/**
 * The AWS managed policies (bare names such as `AdministratorAccess`) a scenario attaches or uses
 * as a boundary: load these before grading.
 */
export function requiredManagedPolicies(world: World): string[] {
  const names = new Set<string>();
  const add = (ref: string | undefined) => {
    if (ref?.startsWith("aws:")) names.add(ref.slice(4));
  };
  for (const account of world.accounts) {
    for (const u of account.users ?? []) {
      u.attached?.forEach(add);
      add(u.boundary);
    }
    for (const g of account.groups ?? []) g.attached?.forEach(add);
    for (const r of account.roles ?? []) {
      r.attached?.forEach(add);
      add(r.boundary);
    }
  }
  return [...names].sort();
}
