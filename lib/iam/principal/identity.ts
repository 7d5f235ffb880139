/**
 * The calling principal, read from the request's principal string.
 *
 * A principal is checked against `Principal`/`NotPrincipal` through its identities: an IAM
 * user is its user ARN and its account; a role session is its session, its role and its
 * account (AWS checks account, then role, then session).
 */
import { parseArn } from "../arn/arn";

/** What kind of caller a request principal string names. */
export type RequestPrincipalKind =
  | "user"
  | "role-session"
  | "federated-user"
  | "root"
  | "service"
  | "federated"
  | "anonymous"
  | "unknown";

/** The caller of a request, as the evaluator needs it. */
export interface RequestPrincipal {
  kind: RequestPrincipalKind;
  /** The string as given. */
  raw: string;
  partition: string;
  /** The principal's account, when it has one. */
  account?: string;
  /** The value of `aws:PrincipalArn`: user ARN, role ARN for sessions, federated user ARN, root ARN. */
  principalArn?: string;
  /** User name, role name or federated user name. */
  name?: string;
  /** Role sessions: the role's path (`/` when none); undefined when the input was a session ARN. */
  rolePath?: string;
  /** Role sessions: the session name, when the input was a session ARN. */
  sessionName?: string;
  /** Role sessions: the session ARN, when known. */
  sessionArn?: string;
  /** Service principals: the service name (`ec2.amazonaws.com`). */
  service?: string;
  /** True for service-linked role sessions. */
  serviceLinked: boolean;
}

const ACCOUNT = /^\d{12}$/;
const KNOWN_IDPS = new Set([
  "accounts.google.com",
  "graph.facebook.com",
  "www.amazon.com",
  "cognito-identity.amazonaws.com",
]);

/**
 * Reads a request principal string: an IAM user ARN, a role ARN (a session of that role), a role
 * session ARN, a federated user ARN, an account root ARN (or a bare account id), a service
 * principal, `anonymous`, or an identity provider (SAML/OIDC provider ARN or a well-known IdP).
 */
export function parsePrincipal(raw: string): RequestPrincipal {
  let p = principalCache.get(raw);
  if (p === undefined) {
    if (principalCache.size >= 1000) principalCache.clear();
    p = Object.freeze(uniform(readPrincipal(raw)));
    principalCache.set(raw, p);
  }
  return p;
}

/** Parsed principals by string: principals repeat across evaluations and results are immutable. */
const principalCache = new Map<string, RequestPrincipal>();

/** The same principal with every field present (in one order), so matchers see one object shape. */
function uniform(p: RequestPrincipal): RequestPrincipal {
  return {
    kind: p.kind,
    raw: p.raw,
    partition: p.partition,
    account: p.account,
    principalArn: p.principalArn,
    name: p.name,
    rolePath: p.rolePath,
    sessionName: p.sessionName,
    sessionArn: p.sessionArn,
    service: p.service,
    serviceLinked: p.serviceLinked,
  };
}

function readPrincipal(raw: string): RequestPrincipal {
  const base: RequestPrincipal = { kind: "unknown", raw, partition: "aws", serviceLinked: false };
  if (raw === "anonymous" || raw === "*") return { ...base, kind: "anonymous" };
  if (ACCOUNT.test(raw)) {
    return { ...base, kind: "root", account: raw, principalArn: `arn:aws:iam::${raw}:root` };
  }
  if (KNOWN_IDPS.has(raw.toLowerCase())) return { ...base, kind: "federated" };
  const arn = parseArn(raw);
  if (!arn) {
    if (
      /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/i.test(raw) ||
      /^[a-z0-9-]+\.amazon\.com$/i.test(raw)
    ) {
      return { ...base, kind: "service", service: raw.toLowerCase() };
    }
    return base;
  }
  const { partition, account, resource, service } = arn;
  const withAcct = { ...base, partition, account: account || undefined };
  if (service === "iam") {
    if (resource === "root") return { ...withAcct, kind: "root", principalArn: raw };
    if (resource.startsWith("user/")) {
      const name = lastSegment(resource);
      return { ...withAcct, kind: "user", name, principalArn: raw };
    }
    if (resource.startsWith("role/")) {
      const name = lastSegment(resource);
      const path = resource.slice(4, resource.length - name.length);
      return {
        ...withAcct,
        kind: "role-session",
        name,
        rolePath: path,
        principalArn: raw,
        serviceLinked:
          path.startsWith("/aws-service-role/") || name.startsWith("AWSServiceRoleFor"),
      };
    }
    if (resource.startsWith("saml-provider/") || resource.startsWith("oidc-provider/")) {
      return { ...withAcct, kind: "federated" };
    }
    return withAcct;
  }
  if (service === "sts") {
    if (resource.startsWith("assumed-role/")) {
      const parts = resource.split("/");
      const name = parts[1] ?? "";
      const sessionName = parts.slice(2).join("/");
      return {
        ...withAcct,
        kind: "role-session",
        name,
        sessionName,
        sessionArn: raw,
        principalArn: `arn:${partition}:iam::${account}:role/${name}`,
        serviceLinked: name.startsWith("AWSServiceRoleFor"),
      };
    }
    if (resource.startsWith("federated-user/")) {
      return { ...withAcct, kind: "federated-user", name: resource.slice(15), principalArn: raw };
    }
  }
  return withAcct;
}

function lastSegment(resource: string): string {
  const i = resource.lastIndexOf("/");
  return resource.slice(i + 1);
}

/** A readable description for summaries: "User alice", "Role session of DevRole", "Anonymous caller". */
export function describePrincipal(p: RequestPrincipal): string {
  switch (p.kind) {
    case "user":
      return `User ${p.name}`;
    case "role-session":
      return p.sessionName ? `Role session ${p.name}/${p.sessionName}` : `Role ${p.name}`;
    case "federated-user":
      return `Federated user ${p.name}`;
    case "root":
      return `The root user of account ${p.account}`;
    case "service":
      return `Service ${p.service}`;
    case "anonymous":
      return "An anonymous caller";
    case "federated":
      return `Federated identity ${p.raw}`;
    default:
      return `Principal ${p.raw}`;
  }
}
