/** Role-assumption requests, whose resource policy is the role's trust policy. */

const TRUST_ACTIONS = new Set([
  "sts:assumerole",
  "sts:assumerolewithsaml",
  "sts:assumerolewithwebidentity",
  "sts:tagsession",
  "sts:setsourceidentity",
  "sts:setcontext",
]);

/** True when the request is a role-assumption action on a role, whose resource policy is the trust policy. */
export function isTrustRequest(action: string, resource: string): boolean {
  // Cheap first: every trust action starts with "sts:" (any case), and lowercasing allocates.
  if (action.length < 12 || (action.charCodeAt(0) | 32) !== 115) return false;
  return TRUST_ACTIONS.has(action.toLowerCase()) && /^arn:[^:]*:iam::[^:]*:role\//.test(resource);
}
