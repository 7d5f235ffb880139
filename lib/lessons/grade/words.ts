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

/**
 * A request in plain words, e.g.
 * `user alice calls s3:GetObject on arn:aws:s3:::reports/q1.csv with aws:SourceIp = 203.0.113.7`.
 */
export function describeRequest(request: SimRequest): string {
  const on = request.resource === "*" ? "" : ` on ${request.resource}`;
  const context = Object.entries(request.context ?? {});
  const withText =
    context.length === 0
      ? ""
      : ` with ${context.map(([k, v]) => `${k} = ${describeValue(v)}`).join(", ")}`;
  return `${describePrincipal(request.principal)} calls ${request.action}${on}${withText}`;
}
