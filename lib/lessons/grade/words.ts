import type { ContextValue } from "@/lib/iam";
import type { SimRequest } from "@/lib/sim";

/** Who a principal string is, in plain words: `user alice`, `role analytics`, `an anonymous caller`. */
export function describePrincipal(principal: string): string {
  if (principal === "anonymous" || principal === "*") return "an anonymous caller";
  if (/\.amazonaws\.com(\.cn)?$/.test(principal)) return `the service ${principal}`;
  const session = /:assumed-role\/([^/]+)\/(.+)$/.exec(principal);
  if (session) return `a session "${session[2]}" of role ${session[1]}`;
  const entity = /(?:^|:)(user|role)\/(?:.*\/)?([^/]+)$/.exec(principal);
  if (entity) {
    const account = /(\d{12})/.exec(principal);
    const where =
      account && !principal.startsWith("user/") && !principal.startsWith("role/")
        ? ` of account ${account[1]}`
        : "";
    return `${entity[1]} ${entity[2]}${where}`;
  }
  if (/(^|:)root$/.test(principal)) return "the account's root user";
  return principal;
}

function describeValue(value: ContextValue): string {
  return Array.isArray(value) ? `[${value.join(", ")}]` : String(value);
}

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)];

/**
 * A session policy in a few words: each statement's effect, actions and resources, e.g.
 * `Allow s3:GetObject on arn:aws:s3:::reports/*`. Statements with NotAction, NotResource or
 * conditions are named as such rather than spelled out.
 */
export function describeSessionPolicy(policy: unknown): string {
  const raw = (policy as { Statement?: unknown })?.Statement;
  const statements = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Record<string, unknown>[];
  const parts = statements.map((st) => {
    const effect = st.Effect === "Deny" ? "Deny" : "Allow";
    const actions =
      st.NotAction !== undefined ? "every action but some" : list(st.Action).join(", ");
    const resources =
      st.NotResource !== undefined ? "all but some resources" : list(st.Resource).join(", ");
    return `${effect} ${actions} on ${resources}${st.Condition ? " (with conditions)" : ""}`;
  });
  return parts.length === 0 ? "an empty session policy" : parts.join("; ");
}

/**
 * A request in plain words, e.g.
 * `user alice calls s3:GetObject on arn:aws:s3:::reports/q1.csv with aws:SourceIp = 203.0.113.7`,
 * and for a request made in a session with a session policy, what that policy says.
 */
export function describeRequest(request: SimRequest): string {
  const on = request.resource === "*" ? "" : ` on ${request.resource}`;
  const context = Object.entries(request.context ?? {});
  const withText =
    context.length === 0
      ? ""
      : ` with ${context.map(([k, v]) => `${k} = ${describeValue(v)}`).join(", ")}`;
  const session =
    request.sessionPolicy === undefined
      ? ""
      : `, in a session whose session policy says: ${describeSessionPolicy(request.sessionPolicy)}`;
  return `${describePrincipal(request.principal)} calls ${request.action}${on}${withText}${session}`;
}
