/** Rules about Principal and NotPrincipal. */
import type { PrincipalView, StatementView } from "../model";
import type { Rule } from "../types";
import { isAllow, label, takesPrincipal, typeName } from "./util";

const KINDS = ["AWS", "Service", "Federated", "CanonicalUser"];
const AWS_PRINCIPAL =
  /^(\*|\d{12}|arn:aws[a-z-]*:iam::(\d{12}|\*):(root|user\/.+|role\/.+|federated-user\/.+)|arn:aws[a-z-]*:sts::\d{12}:(assumed-role\/.+\/.+|federated-user\/.+))$/;
const SERVICE_PRINCIPAL = /^([a-z0-9-]+\.)+amazonaws\.com(\.cn)?$|^\*$/;
const FEDERATED =
  /^(cognito-identity\.amazonaws\.com|www\.amazon\.com|graph\.facebook\.com|accounts\.google\.com|arn:aws[a-z-]*:iam::\d{12}:(saml-provider|oidc-provider)\/.+)$/;

function principalProblem(kind: string, value: string): string | undefined {
  if (kind === "*")
    return value === "*"
      ? undefined
      : `a bare principal string must be "*"; name others as {"AWS": "${value}"}`;
  if (!KINDS.includes(kind))
    return `"${kind}" is not a principal type (use AWS, Service, Federated or CanonicalUser)`;
  if (kind === "AWS" && !AWS_PRINCIPAL.test(value)) {
    return /^[A-Za-z0-9+=,.@_-]+$/.test(value) && !/^\d+$/.test(value)
      ? `"${value}" is a bare name; write the full ARN, e.g. "arn:aws:iam::111122223333:user/${value}"`
      : `"${value}" is not an account id (12 digits), an account root, user, role or session ARN, or "*"`;
  }
  if (kind === "Service" && !SERVICE_PRINCIPAL.test(value)) {
    return `"${value}" is not a service principal; they look like "ec2.amazonaws.com" or "lambda.amazonaws.com"`;
  }
  if (kind === "Federated" && !FEDERATED.test(value)) {
    return `"${value}" is not an identity provider: use a SAML/OIDC provider ARN or a web identity provider such as cognito-identity.amazonaws.com`;
  }
  if (kind === "CanonicalUser" && !/^[0-9a-f]{64}$/.test(value))
    return `"${value}" is not a 64-character canonical user id`;
  return undefined;
}

export const principalInIdentityPolicy: Rule = {
  code: "principal-in-identity-policy",
  severity: "error",
  description: "Principal or NotPrincipal in an identity policy, boundary or session policy.",
  check(ctx, report) {
    if (takesPrincipal(ctx.type) || ctx.type === "scp") return;
    for (const s of ctx.view.statements) {
      if (!s.principal) continue;
      report({
        at: s.principal.entry.keyRange,
        path: s.principal.path,
        message:
          `${typeName(ctx.type)[0].toUpperCase()}${typeName(ctx.type).slice(1)} applies to whoever it is attached to, so it has no "${s.principal.name}". ` +
          "Remove it; to let others in, write a resource-based policy (e.g. a bucket policy or a role trust policy).",
      });
    }
  },
};

export const principalInScp: Rule = {
  code: "principal-in-scp",
  severity: "error",
  description: "Principal or NotPrincipal in a service control policy.",
  check(ctx, report) {
    if (ctx.type !== "scp") return;
    for (const s of ctx.view.statements) {
      if (!s.principal) continue;
      report({
        at: s.principal.entry.keyRange,
        path: s.principal.path,
        message:
          `SCPs apply to every principal in the accounts they are attached to and do not support "${s.principal.name}". ` +
          "To exempt a role, use a condition such as ArnNotLike on aws:PrincipalArn.",
      });
    }
  },
};

export const missingPrincipal: Rule = {
  code: "missing-principal",
  severity: "error",
  description: "A resource-based, trust or RCP statement without Principal or NotPrincipal.",
  check(ctx, report) {
    if (!takesPrincipal(ctx.type)) return;
    for (const s of ctx.view.statements) {
      if (
        s.principal ||
        s.node.entries.some((e) => e.key === "Principal" || e.key === "NotPrincipal")
      )
        continue;
      report({
        at: s.node.range ? { ...s.node.range, length: 1 } : undefined,
        path: s.path,
        message:
          `${label(s)} has no "Principal". In ${typeName(ctx.type)} each statement says who it applies to, ` +
          'e.g. "Principal": {"AWS": "arn:aws:iam::111122223333:root"} or {"Service": "ec2.amazonaws.com"}.',
      });
    }
  },
};

export const invalidPrincipal: Rule = {
  code: "invalid-principal",
  severity: "error",
  description: "A principal value that is not a valid account, ARN, service or provider.",
  check(ctx, report) {
    if (!takesPrincipal(ctx.type)) return;
    for (const s of ctx.view.statements) {
      if (!s.principal) continue;
      const reported = new Set<unknown>();
      for (const e of s.principal.entries) {
        const problem = principalProblem(e.kind, e.value.value);
        if (!problem) continue;
        const node = !KINDS.includes(e.kind) && e.kindEntry ? e.kindEntry : undefined;
        if (node && reported.has(node)) continue;
        reported.add(node);
        report({
          at: node ? node.keyRange : e.value.node,
          path: e.value.path,
          message: `Invalid principal: ${problem}.`,
        });
      }
    }
  },
};

/** True when the principal element lets anyone in: `"*"` or `{"AWS": "*"}`. */
export function isPublic(p: PrincipalView | undefined): boolean {
  return (
    !!p &&
    !p.negated &&
    p.entries.some((e) => (e.kind === "*" || e.kind === "AWS") && e.value.value === "*")
  );
}

export const publicPrincipal: Rule = {
  code: "public-principal",
  severity: "security-warning",
  description: 'An Allow to Principal "*" without any condition: anyone, even anonymous callers.',
  check(ctx, report) {
    if (!takesPrincipal(ctx.type) || ctx.type === "rcp") return;
    for (const s of ctx.view.statements) {
      if (!isAllow(s) || !isPublic(s.principal) || (s.condition?.clauses.length ?? 0) > 0) continue;
      report({
        at: s.principal!.entry.value,
        path: s.principal!.path,
        message:
          `${label(s)} allows "Principal": "*" with no condition: anyone on the internet, signed in or not, gets this access. ` +
          "Name the accounts or roles instead, or add a condition such as aws:PrincipalOrgID or aws:SourceArn.",
      });
    }
  },
};

export const allowNotPrincipal: Rule = {
  code: "allow-notprincipal",
  severity: "security-warning",
  description: "Allow together with NotPrincipal: allows everyone except the listed principals.",
  check(ctx, report) {
    for (const s of ctx.view.statements as StatementView[]) {
      if (!isAllow(s) || !s.principal?.negated) continue;
      report({
        at: s.principal.entry.keyRange,
        path: s.principal.path,
        message:
          '"Allow" with "NotPrincipal" grants access to every principal except those listed, anonymous users included. ' +
          'Use "Principal" and name who should have access.',
      });
    }
  },
};
