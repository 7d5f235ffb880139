/**
 * The request as the evaluator reads it: principal identity, lowercased action, context keyed
 * by lowercase name, and the keys that follow from the request filled in when not given.
 */
import { accountOfArn } from "../arn/arn";
import type { ContextLookup } from "../condition/variables";
import { parsePrincipal, type RequestPrincipal } from "../principal/identity";
import type { ContextValue, EvaluationRequest } from "../types";
import { isTrustRequest } from "./trust";

/** A request ready for evaluation. */
export interface NormalizedRequest {
  raw: EvaluationRequest;
  principal: RequestPrincipal;
  action: string;
  actionLower: string;
  resource: string;
  /** The principal's account (undefined for services and anonymous callers). */
  principalAccount?: string;
  resourceAccount?: string;
  serviceLinked: boolean;
  /** Context values by lowercase key. */
  context: Map<string, string[]>;
  lookup: ContextLookup;
  /** Which resource policy must explicitly allow (KMS key policy, role trust policy), if any. */
  required?: "kms" | "trust";
}

/** A problem with the request, named by its JSON path inside the input. */
export class RequestError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function toStrings(v: ContextValue, path: string): string[] {
  if (Array.isArray(v)) {
    return (v as readonly unknown[]).map((x, i) => scalar(x, `${path}[${i}]`));
  }
  return [scalar(v, path)];
}

function scalar(x: unknown, path: string): string {
  if (typeof x === "string") return x;
  if (typeof x === "number" || typeof x === "boolean") return String(x);
  throw new RequestError(
    path,
    `${path} must be a string, number, boolean or an array of them, got ${x === null ? "null" : typeof x}`,
  );
}

function principalType(p: RequestPrincipal): string | undefined {
  switch (p.kind) {
    case "user":
      return "User";
    case "role-session":
      return "AssumedRole";
    case "federated-user":
      return "FederatedUser";
    case "root":
      return "Account";
    case "anonymous":
      return "Anonymous";
    case "service":
      return "Service";
    default:
      return undefined;
  }
}

function derive(context: Map<string, string[]>, key: string, value: string | undefined): void {
  if (value !== undefined && !context.has(key)) context.set(key, [value]);
}

/** Validates and normalises a request; throws `RequestError` naming the bad field. */
export function normalizeRequest(raw: EvaluationRequest, path = "request"): NormalizedRequest {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new RequestError(path, `${path} must be an object with principal, action and resource`);
  }
  for (const field of ["principal", "action", "resource"] as const) {
    if (typeof raw[field] !== "string" || raw[field] === "") {
      throw new RequestError(`${path}.${field}`, `${path}.${field} must be a non-empty string`);
    }
  }
  if (raw.resourceAccount !== undefined && typeof raw.resourceAccount !== "string") {
    throw new RequestError(`${path}.resourceAccount`, `${path}.resourceAccount must be a string`);
  }
  const principal = parsePrincipal(raw.principal);
  const principalAccount =
    principal.kind === "service" || principal.kind === "anonymous" ? undefined : principal.account;
  const resourceAccount = raw.resourceAccount ?? accountOfArn(raw.resource) ?? principalAccount;

  const context = new Map<string, string[]>();
  const given = raw.context;
  if (given !== undefined) {
    if (typeof given !== "object" || given === null || Array.isArray(given)) {
      throw new RequestError(
        `${path}.context`,
        `${path}.context must be an object of condition keys`,
      );
    }
    for (const key of Object.keys(given)) {
      context.set(
        key.toLowerCase(),
        toStrings(given[key], `${path}.context[${JSON.stringify(key)}]`),
      );
    }
  }
  derive(context, "aws:principalarn", principal.principalArn);
  derive(context, "aws:principalaccount", principalAccount);
  derive(context, "aws:resourceaccount", resourceAccount);
  derive(context, "aws:principaltype", principalType(principal));
  derive(context, "aws:viaawsservice", "false");
  if (principal.kind === "user") derive(context, "aws:username", principal.name);
  if (principal.kind === "federated-user")
    derive(context, "aws:userid", `${principal.account}:${principal.name}`);
  if (principal.kind === "root") derive(context, "aws:userid", principal.account);
  if (principal.kind === "anonymous") derive(context, "aws:userid", "anonymous");
  if (principal.kind === "service") {
    derive(context, "aws:principalservicename", principal.service);
    derive(context, "aws:principalisawsservice", "true");
  } else if (principal.kind !== "anonymous") {
    derive(context, "aws:principalisawsservice", "false");
  }
  const serviceLinked = raw.serviceLinkedRole ?? principal.serviceLinked;
  return {
    raw,
    principal,
    action: raw.action,
    actionLower: raw.action.toLowerCase(),
    resource: raw.resource,
    principalAccount,
    resourceAccount,
    serviceLinked,
    context,
    lookup: context,
    required: isTrustRequest(raw.action, raw.resource)
      ? "trust"
      : raw.action.toLowerCase().startsWith("kms:") && /^arn:[^:]*:kms:/.test(raw.resource)
        ? "kms"
        : undefined,
  };
}
