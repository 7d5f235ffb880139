import type { ContextValue } from "@/lib/iam";
import type { Organization, Tags } from "./model";
import { levelsOf } from "./org";
import type { ResolvedPrincipal } from "./principal";

/**
 * `aws:<side>OrgID` and `aws:<side>OrgPaths` for an account in an organization that has an id:
 * the path runs from the organization through the root and OUs to the account's parent.
 */
function orgKeys(
  org: Organization | undefined,
  account: string | undefined,
  side: "Principal" | "Resource",
): Record<string, ContextValue> {
  if (!org?.id || account === undefined) return {};
  const levels = levelsOf(org, account);
  if (!levels) return {};
  const path = [org.id, ...levels.slice(0, -1).map((l) => l.id)].join("/") + "/";
  return { [`aws:${side}OrgID`]: org.id, [`aws:${side}OrgPaths`]: [path] };
}

/**
 * The request context a simulated request carries: `aws:PrincipalTag/*` from the user's or role's
 * tags, `aws:ResourceTag/*` from the resource's, the organization keys of the principal's and the
 * resource's accounts, all overridden by the request's own context keys.
 */
export function requestContext(
  own: Record<string, ContextValue> | undefined,
  principal: ResolvedPrincipal,
  resourceTags?: Tags,
  org?: { organization?: Organization; principalAccount?: string; resourceAccount?: string },
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {
    ...orgKeys(org?.organization, org?.principalAccount, "Principal"),
    ...orgKeys(org?.organization, org?.resourceAccount, "Resource"),
  };
  const tags =
    principal.kind === "user"
      ? principal.user.tags
      : principal.kind === "role"
        ? principal.role.tags
        : undefined;
  for (const [k, v] of Object.entries(tags ?? {})) context[`aws:PrincipalTag/${k}`] = v;
  for (const [k, v] of Object.entries(resourceTags ?? {})) context[`aws:ResourceTag/${k}`] = v;
  return { ...context, ...(own ?? {}) };
}
