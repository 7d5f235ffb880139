import {
  FULL_AWS_ACCESS,
  RCP_FULL_AWS_ACCESS,
  type Organization,
  type OrgUnit,
  type PolicyDocument,
} from "./model";

/** One level of the organization above (or at) an account: the root, an OU, or the account itself. */
export interface OrgLevel {
  /** The root or OU id, or the account id for the account's own attachments. */
  id: string;
  name?: string;
  scps: string[];
  rcps: string[];
}

/** The document of AWS's default `FullAWSAccess` SCP. */
export const FULL_AWS_ACCESS_DOCUMENT: PolicyDocument = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
};

/** The document of AWS's default `RCPFullAWSAccess` RCP. */
export const RCP_FULL_AWS_ACCESS_DOCUMENT: PolicyDocument = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
};

/**
 * The levels from the root down to an account (root, OUs, the account), or `undefined` when the
 * account is not in the organization. Levels without explicit attachments get AWS's defaults.
 */
export function levelsOf(org: Organization, accountId: string): OrgLevel[] | undefined {
  const walk = (unit: OrgUnit, above: OrgLevel[]): OrgLevel[] | undefined => {
    const here = [...above, levelOf(unit.id, unit.name, unit.scps, unit.rcps)];
    const own = unit.accounts?.find((a) => a.id === accountId);
    if (own) return [...here, levelOf(own.id, undefined, own.scps, own.rcps)];
    for (const child of unit.children ?? []) {
      const found = walk(child, here);
      if (found) return found;
    }
    return undefined;
  };
  return walk(org.root, []);
}

function levelOf(id: string, name: string | undefined, scps?: string[], rcps?: string[]): OrgLevel {
  return { id, name, scps: scps ?? [FULL_AWS_ACCESS], rcps: rcps ?? [RCP_FULL_AWS_ACCESS] };
}

/** Every level id of the organization (roots, OUs and accounts), for validating references. */
export function allLevelIds(org: Organization): Set<string> {
  const ids = new Set<string>();
  const walk = (unit: OrgUnit) => {
    ids.add(unit.id);
    for (const a of unit.accounts ?? []) ids.add(a.id);
    for (const child of unit.children ?? []) walk(child);
  };
  walk(org.root);
  return ids;
}

/** The document of an org policy by name, including AWS's two built-in defaults. */
export function orgPolicyDocument(
  org: Organization,
  name: string,
  type: "scp" | "rcp",
): PolicyDocument | undefined {
  const own = org.policies?.find((p) => p.name === name && p.type === type);
  if (own) return own.document;
  if (type === "scp" && name === FULL_AWS_ACCESS) return FULL_AWS_ACCESS_DOCUMENT;
  if (type === "rcp" && name === RCP_FULL_AWS_ACCESS) return RCP_FULL_AWS_ACCESS_DOCUMENT;
  return undefined;
}
