/**
 * Matching `Principal` / `NotPrincipal` elements against the calling principal.
 *
 * `Principal` applies when any entry names one of the caller's identities. `NotPrincipal`
 * applies when some identity of the caller is named by no entry, so exempting an IAM user
 * needs both the user and its account, and a role session needs its role (or session) and
 * the account.
 */
import { parseArn } from "../arn/arn";
import type { PrincipalElement, PrincipalEntry } from "../types";
import { CompileCache } from "../wildcard/cache";
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

/**
 * One compiled entry. Every entry has the same fields (unused ones are empty), so the matcher
 * reads one object shape: `value` is the ARN or text for user, session, federated-user and
 * exact entries; `account`, `name` and `path` serve account, role and service entries.
 */
interface Entry {
  type: "all" | "account" | "user" | "role" | "session" | "federated-user" | "service" | "exact";
  account: string;
  name: string;
  path: string;
  value: string;
}

function entry(type: Entry["type"], fields: Partial<Omit<Entry, "type">>): Entry {
  return {
    type,
    account: fields.account ?? "",
    name: fields.name ?? "",
    path: fields.path ?? "",
    value: fields.value ?? "",
  };
}

/** The grant ranks: a stronger grant wins when several Allow statements name the caller. */
export function grantRank(g: PrincipalGrant): number {
  switch (g) {
    case "account":
      return 1;
    case "role":
      return 2;
    case "user":
      return 3;
    default:
      return 4;
  }
}

/** A `Principal`/`NotPrincipal` element ready for fast matching. */
export interface CompiledPrincipal {
  negated: boolean;
  entries: Entry[];
}

/** Compiles a principal element's entries (done once per prepared policy). */
export function compilePrincipal(element: PrincipalElement): CompiledPrincipal {
  const entries: Entry[] = element.entries.map(compileEntry);
  return { negated: element.negated, entries };
}

/** Compiled AWS entries by value (compiled entries are immutable; the same ARNs recur). */
const awsEntries = new CompileCache<Entry>(1000);

function compileEntry(e: PrincipalEntry): Entry {
  if (e.kind === "*" || e.value === "*") return ALL;
  if (e.kind !== "AWS") return compileOtherEntry(e);
  return awsEntries.get(e.value) ?? awsEntries.set(e.value, compileAwsEntry(e.value));
}

const ALL: Entry = entry("all", { value: "*" });

function compileOtherEntry(e: PrincipalEntry): Entry {
  if (e.kind === "Service") return entry("service", { name: e.value.toLowerCase() });
  return entry("exact", { value: e.value });
}

function compileAwsEntry(value: string): Entry {
  if (/^\d{12}$/.test(value)) return entry("account", { account: value });
  const arn = parseArn(value);
  if (!arn) return entry("exact", { value });
  const { service, resource, account } = arn;
  if (service === "iam" && resource === "root") return entry("account", { account });
  if (service === "iam" && resource.startsWith("user/")) return entry("user", { value });
  if (service === "iam" && resource.startsWith("role/")) {
    const i = resource.lastIndexOf("/");
    return entry("role", { account, name: resource.slice(i + 1), path: resource.slice(4, i + 1) });
  }
  if (service === "sts" && resource.startsWith("assumed-role/")) return entry("session", { value });
  if (service === "sts" && resource.startsWith("federated-user/"))
    return entry("federated-user", { value });
  return entry("exact", { value });
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
      return p.kind === "user" && p.principalArn === e.value ? Id.Self : 0;
    case "federated-user":
      return p.kind === "federated-user" && p.principalArn === e.value ? Id.Self : 0;
    case "session":
      return p.kind === "role-session" && p.sessionArn === e.value ? Id.Self : 0;
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
  const entries = c.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
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
