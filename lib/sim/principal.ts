import type { Role, User } from "./model";
import { entityArn, type SimWorld } from "./world";

/** Who makes a request, resolved against a world. */
export type ResolvedPrincipal =
  | { kind: "user"; account: string; arn: string; user: User }
  | { kind: "role"; account: string; arn: string; role: Role }
  | { kind: "root"; account: string; arn: string }
  | { kind: "anonymous"; arn: "anonymous" }
  | { kind: "service"; arn: string }
  | { kind: "external"; account: string; arn: string };

/** The result of resolving a principal: the principal, or a plain reason it could not be. */
export type PrincipalResult =
  { ok: true; principal: ResolvedPrincipal } | { ok: false; error: string };

const SHORTHAND = /^(?:(\d{12}):)?(user|role)\/([\w+=,.@-]+)$/;
const IAM_ARN = /^arn:aws[\w-]*:iam::(\d{12}):(user|role)\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)$/;
const SESSION_ARN = /^arn:aws[\w-]*:sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/[\w+=,.@-]+$/;
const ROOT = /^(?:arn:aws[\w-]*:iam::(\d{12}):root|(\d{12}):root|root)$/;
const SERVICE = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/;

/**
 * Resolves a principal as lessons write it: `user/alice`, `role/analytics`, `123456789012:user/bob`,
 * `root`, a full IAM user/role/role-session/root ARN, a service principal (`ec2.amazonaws.com`) or
 * `anonymous`. Shorthands live in the world's first account. A principal in an account outside
 * the world is `external` (it holds no policies the world knows).
 */
export function resolvePrincipal(sim: SimWorld, principal: string): PrincipalResult {
  const text = principal.trim();
  if (text === "anonymous" || text === "*")
    return { ok: true, principal: { kind: "anonymous", arn: "anonymous" } };
  if (SERVICE.test(text)) return { ok: true, principal: { kind: "service", arn: text } };
  const root = ROOT.exec(text);
  if (root) {
    const account = root[1] ?? root[2] ?? sim.defaultAccount;
    return { ok: true, principal: { kind: "root", account, arn: `arn:aws:iam::${account}:root` } };
  }
  const session = SESSION_ARN.exec(text);
  if (session) return resolveEntity(sim, session[1], "role", session[2], text);
  const arn = IAM_ARN.exec(text);
  if (arn) return resolveEntity(sim, arn[1], arn[2] as "user" | "role", arn[3], text);
  const short = SHORTHAND.exec(text);
  if (short)
    return resolveEntity(
      sim,
      short[1] ?? sim.defaultAccount,
      short[2] as "user" | "role",
      short[3],
    );
  return {
    ok: false,
    error: `"${principal}" is not a principal: use user/NAME, role/NAME, ACCOUNT:user/NAME, an ARN, a service principal or anonymous`,
  };
}

function resolveEntity(
  sim: SimWorld,
  accountId: string,
  kind: "user" | "role",
  name: string,
  arnAsWritten?: string,
): PrincipalResult {
  const account = sim.accounts.get(accountId);
  if (account === undefined) {
    const arn = arnAsWritten ?? `arn:aws:iam::${accountId}:${kind}/${name}`;
    return { ok: true, principal: { kind: "external", account: accountId, arn } };
  }
  if (kind === "user") {
    const user = account.users.get(name);
    if (user === undefined)
      return { ok: false, error: `account ${accountId} has no user "${name}"` };
    return {
      ok: true,
      principal: {
        kind: "user",
        account: accountId,
        arn: arnAsWritten ?? entityArn(accountId, "user", name, user.path),
        user,
      },
    };
  }
  const role = account.roles.get(name);
  if (role === undefined) return { ok: false, error: `account ${accountId} has no role "${name}"` };
  return {
    ok: true,
    principal: {
      kind: "role",
      account: accountId,
      arn: arnAsWritten ?? entityArn(accountId, "role", name, role.path),
      role,
    },
  };
}
