import type { ContextValue } from "@/lib/iam";
import type { Tags } from "./model";
import type { ResolvedPrincipal } from "./principal";

/**
 * The request context a simulated request carries: `aws:PrincipalTag/*` from the user's or role's
 * tags and `aws:ResourceTag/*` from the resource's, overridden by the request's own context keys.
 */
export function requestContext(
  own: Record<string, ContextValue> | undefined,
  principal: ResolvedPrincipal,
  resourceTags?: Tags,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
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
