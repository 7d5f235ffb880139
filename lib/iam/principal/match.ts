/**
 * Matching `Principal` / `NotPrincipal` elements against the calling principal.
 *
 * `Principal` applies when any entry names one of the caller's identities. `NotPrincipal`
 * applies when some identity of the caller is named by no entry, so exempting an IAM user
 * needs both the user and its account, and a role session needs its role (or session) and
 * the account.
 */
import { parseArn } from "../arn/arn";
import type { PrincipalElement } from "../types";
import type { RequestPrincipal } from "./identity";

/**
 * How a matching `Principal` entry named the caller, strongest first:
 * `session` (a role session ARN, federated user ARN, service, or the root user itself: the
 * grant is the session's own), `user` (an IAM user ARN, or `*` for a user), `role` (the role of
 * a session, or `*` for a role session), `account` (the caller's account).
 */
export type PrincipalGrant = "session" | "user" | "role" | "account";

/** The grant a `*` (or NotPrincipal) match gives a caller. */
export function wildcardGrant(p: RequestPrincipal): PrincipalGrant {
  if (p.kind === "role-session") return "role";
  if (p.kind === "user") return "user";
  return "session";
}

type Entry =
  | { type: "all" }
  | { type: "account"; account: string }
  | { type: "user"; arn: string }
  | { type: "role"; account: string; name: string; path: string }
  | { type: "session"; arn: string }
  | { type: "federated-user"; arn: string }
  | { type: "service"; name: string }
  | { type: "exact"; value: string };

/** A `Principal`/`NotPrincipal` element ready for fast matching. */
export interface CompiledPrincipal {
  negated: boolean;
  entries: Entry[];
}

/** Compiles a principal element's entries (done once per prepared policy). */
export function compilePrincipal(element: PrincipalElement): CompiledPrincipal {
  const entries: Entry[] = element.entries.map((e): Entry => {
    if (e.kind === "*" || e.value === "*") return { type: "all" };
    if (e.kind === "Service") return { type: "service", name: e.value.toLowerCase() };
    if (e.kind !== "AWS") return { type: "exact", value: e.value };
    if (/^\d{12}$/.test(e.value)) return { type: "account", account: e.value };
    const arn = parseArn(e.value);
    if (!arn) return { type: "exact", value: e.value };
    if (arn.service === "iam" && arn.resource === "root")
      return { type: "account", account: arn.account };
    if (arn.service === "iam" && arn.resource.startsWith("user/"))
      return { type: "user", arn: e.value };
    if (arn.service === "iam" && arn.resource.startsWith("role/")) {
      const i = arn.resource.lastIndexOf("/");
      return {
        type: "role",
        account: arn.account,
        name: arn.resource.slice(i + 1),
        path: arn.resource.slice(4, i + 1),
      };
    }
    if (arn.service === "sts" && arn.resource.startsWith("assumed-role/"))
      return { type: "session", arn: e.value };
    if (arn.service === "sts" && arn.resource.startsWith("federated-user/"))
      return { type: "federated-user", arn: e.value };
    return { type: "exact", value: e.value };
  });
  return { negated: element.negated, entries };
}

const enum Id {
  Account = 1,
  Role = 2,
  Self = 4,
}

/** Which of the caller's identities (account, role, self) one entry names, as bit flags. */
function namedIdentities(e: Entry, p: RequestPrincipal): number {
  switch (e.type) {
    case "all":
      return Id.Account | Id.Role | Id.Self;
    case "account":
      return p.account === e.account && p.kind !== "service" && p.kind !== "anonymous"
        ? Id.Account
        : 0;
    case "user":
      return p.kind === "user" && p.principalArn === e.arn ? Id.Self : 0;
    case "federated-user":
      return p.kind === "federated-user" && p.principalArn === e.arn ? Id.Self : 0;
    case "session":
      return p.kind === "role-session" && p.sessionArn === e.arn ? Id.Self : 0;
    case "role":
      if (p.kind !== "role-session" || p.account !== e.account || p.name !== e.name) return 0;
      if (p.rolePath !== undefined && p.rolePath !== e.path) return 0;
      return Id.Role | Id.Self;
    case "service":
      return p.kind === "service" && p.service === e.name ? Id.Self : 0;
    case "exact":
      return p.raw === e.value ? Id.Self : 0;
  }
}

/** The identities a caller has, as bit flags (root and services have only one). */
function identitiesOf(p: RequestPrincipal): number {
  switch (p.kind) {
    case "user":
    case "federated-user":
      return Id.Account | Id.Self;
    case "role-session":
      return Id.Account | Id.Role | Id.Self;
    case "root":
      return Id.Account;
    default:
      return Id.Self;
  }
}

/**
 * Matches a positive `Principal` element: returns how the caller was named (strongest
 * match), or undefined when no entry names the caller. Anonymous callers match only `*`.
 */
export function matchPrincipal(
  c: CompiledPrincipal,
  p: RequestPrincipal,
): PrincipalGrant | undefined {
  let named = 0;
  let all = false;
  for (const e of c.entries) {
    if (e.type === "all") all = true;
    else named |= namedIdentities(e, p);
  }
  if (all) return wildcardGrant(p);
  if (named === 0) return undefined;
  if (p.kind === "root") return "session";
  if (p.kind === "role-session") {
    if (named & Id.Role) return "role";
    if (named & Id.Self) return "session";
    return "account";
  }
  if (named & Id.Self) return p.kind === "user" ? "user" : "session";
  return "account";
}

/**
 * True when a `NotPrincipal` element applies to the caller: some identity of the caller is
 * named by no entry. A caller with a permissions boundary is never exempted (AWS behaviour).
 */
export function notPrincipalApplies(
  c: CompiledPrincipal,
  p: RequestPrincipal,
  hasBoundary: boolean,
): boolean {
  if (hasBoundary && (p.kind === "user" || p.kind === "role-session")) return true;
  let named = 0;
  for (const e of c.entries) named |= namedIdentities(e, p);
  const have = identitiesOf(p);
  return (named & have) !== have;
}
