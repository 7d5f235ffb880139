import type { EvaluationInput, LabelledPolicy } from "@/lib/iam";
import { levelsOf, orgPolicyDocument } from "./org";
import type { ResolvedPrincipal } from "./principal";
import type { Gathering } from "./slots";

/**
 * Adds the organization's policies to an engine input: its management account, the SCPs of the
 * principal's account (not for external principals) and the RCPs of the resource's account, each
 * as a list of policies per level from the root down, with the learner's slot overrides in place.
 */
export function addOrganizationPolicies(
  g: Gathering,
  input: EvaluationInput,
  principal: ResolvedPrincipal,
  principalAccount?: string,
  resourceAccount?: string,
): void {
  if (g.sim.world.organization === undefined) return;
  input.managementAccount = g.sim.world.organization.managementAccount;
  if (principalAccount !== undefined && principal.kind !== "external") {
    const scps = policiesByLevel(g, principalAccount, "scp");
    if (scps) input.scps = scps;
  }
  if (resourceAccount !== undefined) {
    const rcps = policiesByLevel(g, resourceAccount, "rcp");
    if (rcps) input.rcps = rcps;
  }
}

/** The SCPs or RCPs on each level above an account, or undefined if it is not in the organization. */
function policiesByLevel(
  g: Gathering,
  accountId: string,
  type: "scp" | "rcp",
): LabelledPolicy[][] | undefined {
  const org = g.sim.world.organization;
  if (org === undefined) return undefined;
  const levels = levelsOf(org, accountId);
  if (levels === undefined) return undefined;
  return levels.map((level) => {
    const slots = g.overrides.filter((o) => o.target.kind === type && o.target.level === level.id);
    return g.namedWithSlots(type === "scp" ? level.scps : level.rcps, slots, type, (name) => {
      const document = orgPolicyDocument(org, name, type);
      if (document === undefined) {
        g.problems.push(`the organization has no ${type.toUpperCase()} "${name}"`);
        return undefined;
      }
      return g.labelled(
        `org:${type}/${name}@${level.id}`,
        `${type.toUpperCase()} ${name} on ${level.name ?? level.id}`,
        document,
        type,
      );
    });
  });
}
