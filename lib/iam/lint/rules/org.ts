/** Rules specific to trust policies, SCPs and RCPs. */
import type { Rule } from "../types";
import { actionPatternCovers, hasStar, label } from "./util";

const ASSUME = ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"];
const TRUST_ACTIONS = [...ASSUME, "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext"];

export const trustMissingAssumeAction: Rule = {
  code: "trust-missing-assume-action",
  severity: "error",
  description: "A trust policy statement that does not name an sts:AssumeRole* action.",
  check(ctx, report) {
    if (ctx.type !== "trust") return;
    for (const s of ctx.view.statements) {
      if (!s.action || s.action.negated || s.action.values.length === 0) continue;
      if (s.action.values.some((v) => ASSUME.some((a) => actionPatternCovers(v.value, a))))
        continue;
      const stray = s.action.values.find(
        (v) => !TRUST_ACTIONS.some((a) => actionPatternCovers(v.value, a)),
      );
      report({
        at: (stray ?? s.action.values[0]).node,
        path: (stray ?? s.action.values[0]).path,
        message:
          `${label(s)} of this trust policy does not allow assuming the role. A trust policy says who may become the role, ` +
          'so its actions are "sts:AssumeRole" (or AssumeRoleWithSAML / AssumeRoleWithWebIdentity, plus sts:TagSession). ' +
          "What the role may do belongs in its permissions policies.",
      });
    }
  },
};

export const rcpAllowStatement: Rule = {
  code: "rcp-allow-statement",
  severity: "error",
  description:
    "A custom RCP statement with Allow (RCPs can only Deny; Allow belongs to RCPFullAWSAccess).",
  check(ctx, report) {
    if (ctx.type !== "rcp") return;
    for (const s of ctx.view.statements) {
      if (s.effect?.value !== "Allow") continue;
      const fullAccess = hasStar(s.action) && !!s.resource && hasStar(s.resource) && !s.condition;
      if (fullAccess) continue;
      report({
        at: s.effect.node,
        path: s.effect.path,
        message:
          "Resource control policies only restrict: a custom RCP statement must be a Deny. The one Allow that exists, " +
          "RCPFullAWSAccess (Allow * on * for Principal *), is attached by AWS.",
      });
    }
  },
};

export const rcpPrincipalNotStar: Rule = {
  code: "rcp-principal-not-star",
  severity: "error",
  description: 'An RCP statement whose Principal is not "*".',
  check(ctx, report) {
    if (ctx.type !== "rcp") return;
    for (const s of ctx.view.statements) {
      if (!s.principal) continue;
      const star =
        !s.principal.negated &&
        s.principal.entries.length === 1 &&
        s.principal.entries[0].kind === "*" &&
        s.principal.entries[0].value.value === "*";
      if (star) continue;
      report({
        at: s.principal.entry.value,
        path: s.principal.path,
        message:
          'In an RCP, "Principal" must be "*" (and NotPrincipal is not supported). To exempt principals, use conditions such as aws:PrincipalOrgID or aws:PrincipalArn.',
      });
    }
  },
};

export const rcpUnsupportedService: Rule = {
  code: "rcp-unsupported-service",
  severity: "error",
  description: "An RCP action of a service that RCPs do not support.",
  check(ctx, report) {
    if (ctx.type !== "rcp") return;
    const supported = new Set(ctx.catalog.source.index.rcpServices);
    for (const s of ctx.view.statements) {
      for (const v of s.action?.values ?? []) {
        const colon = v.value.indexOf(":");
        if (colon <= 0) continue;
        const service = v.value.slice(0, colon).toLowerCase();
        if (service.includes("*") || supported.has(service) || !ctx.catalog.service(service))
          continue;
        report({
          at: v.node,
          path: v.path,
          message: `RCPs apply only to some services (${[...supported].join(", ")}); "${service}" is not one of them, so this action is ignored.`,
        });
      }
    }
  },
};
