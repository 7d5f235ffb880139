/**
 * Places in a world where a learner-edited policy document goes (a lesson's answer slots).
 * `account` defaults to the world's first account.
 */
export type PolicyTarget =
  | { kind: "user-inline"; account?: string; user: string; policyName: string }
  | { kind: "group-inline"; account?: string; group: string; policyName: string }
  | { kind: "role-inline"; account?: string; role: string; policyName: string }
  | { kind: "role-trust"; account?: string; role: string }
  | { kind: "resource-policy"; arn: string }
  | { kind: "boundary"; account?: string; user?: string; role?: string }
  | { kind: "managed-policy"; account?: string; name: string }
  | { kind: "scp"; level: string; policyName: string }
  | { kind: "rcp"; level: string; policyName: string };

/** The kinds of {@link PolicyTarget}. */
export type PolicyTargetKind = PolicyTarget["kind"];

/**
 * A document placed at a target, replacing (or adding) the policy there. `id` is the stable
 * policy id the engine's trace reports (e.g. `slot:dev-policy`), so a UI can map a deciding
 * statement back to its editor. `document` may be JSON text, an object, or a prepared policy.
 */
export interface PolicyOverride {
  id: string;
  label?: string;
  target: PolicyTarget;
  document: unknown;
}

/** A one-line description of where a target lives, e.g. `inline policy DevAccess of group Developers`. */
export function describeTarget(target: PolicyTarget): string {
  switch (target.kind) {
    case "user-inline":
      return `inline policy ${target.policyName} of user ${target.user}`;
    case "group-inline":
      return `inline policy ${target.policyName} of group ${target.group}`;
    case "role-inline":
      return `inline policy ${target.policyName} of role ${target.role}`;
    case "role-trust":
      return `trust policy of role ${target.role}`;
    case "resource-policy":
      return `resource policy of ${target.arn}`;
    case "boundary":
      return target.user !== undefined
        ? `permissions boundary of user ${target.user}`
        : `permissions boundary of role ${target.role ?? "?"}`;
    case "managed-policy":
      return `managed policy ${target.name}`;
    case "scp":
      return `SCP ${target.policyName} on ${target.level}`;
    case "rcp":
      return `RCP ${target.policyName} on ${target.level}`;
  }
}
