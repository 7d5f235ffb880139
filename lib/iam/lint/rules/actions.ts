/** Rules about Action and NotAction values. */
import { hasWildcard } from "../../wildcard/wildcard";
import type { ElementView, ValueView } from "../model";
import type { Report, Rule, RuleContext } from "../types";
import { actionPatternCovers, isAllow, misspeltValue, PAIRWISE_LIMIT } from "./util";

/** Every Action/NotAction value of the policy with its element. */
function* actionValues(ctx: RuleContext): Generator<[ValueView, ElementView]> {
  for (const s of ctx.view.statements) {
    if (s.action) for (const v of s.action.values) yield [v, s.action];
  }
}

/** Splits `service:action`; undefined when it is not of that form. */
function split(value: string): { service: string; action: string } | undefined {
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1 || value.indexOf(":", colon + 1) >= 0)
    return undefined;
  return { service: value.slice(0, colon), action: value.slice(colon + 1) };
}

export const malformedAction: Rule = {
  code: "malformed-action",
  severity: "error",
  description: 'An action that is not "*" nor of the form service:Action.',
  check(ctx, report) {
    for (const [v] of actionValues(ctx)) {
      if (v.value === "*" || v.value.includes("${") || split(v.value)) continue;
      report({
        at: v.node,
        path: v.path,
        message:
          `"${v.value}" is not an action name. Actions are written service-prefix:ActionName, ` +
          'e.g. "s3:GetObject" or "ec2:StartInstances", or "*" for all actions.',
      });
    }
  },
};

export const variableInAction: Rule = {
  code: "variable-in-action",
  severity: "error",
  description: "A policy variable inside Action, where variables are not allowed.",
  check(ctx, report) {
    for (const [v] of actionValues(ctx)) {
      if (!v.value.includes("${")) continue;
      report({
        at: v.node,
        path: v.path,
        message: `"${v.value}" uses a policy variable, but variables only work in Resource and in condition values, never in Action.`,
      });
    }
  },
};

export const unknownService: Rule = {
  code: "unknown-service",
  severity: "error",
  description: "An action whose service prefix does not exist.",
  check(ctx, report) {
    for (const [v] of actionValues(ctx)) {
      const parts = split(v.value);
      if (!parts || hasWildcard(parts.service) || parts.service.includes("${")) continue;
      if (ctx.catalog.service(parts.service)) continue;
      const r = ctx.catalog.lookupAction(`${parts.service}:x`);
      const suggestion = r.status === "unknown-service" ? r.suggestions[0] : undefined;
      const fixed = suggestion ? `${suggestion}:${parts.action}` : undefined;
      report(
        misspeltValue(
          v,
          `There is no AWS service with the prefix "${parts.service}".`,
          fixed,
          " Service prefixes are short lower-case names such as s3, ec2, iam, dynamodb.",
        ),
      );
    }
  },
};

export const unknownAction: Rule = {
  code: "unknown-action",
  severity: "error",
  description: "An action name that the service does not have (with a did-you-mean fix).",
  check(ctx, report) {
    for (const [v] of actionValues(ctx)) {
      const parts = split(v.value);
      if (!parts || hasWildcard(v.value) || v.value.includes("${")) continue;
      const r = ctx.catalog.lookupAction(v.value);
      if (r.status !== "unknown-action") continue;
      report(
        misspeltValue(
          v,
          `"${parts.action}" is not an action of ${ctx.catalog.service(r.service)?.name ?? r.service}.`,
          r.suggestions[0],
          " A misspelt action never matches, so the statement silently does nothing for it.",
        ),
      );
    }
  },
};

export const actionWildcardNoMatch: Rule = {
  code: "action-wildcard-no-match",
  severity: "error",
  description: "A wildcard action pattern that matches no action of its service.",
  check(ctx, report) {
    for (const [v] of actionValues(ctx)) {
      const parts = split(v.value);
      if (
        !parts ||
        !hasWildcard(v.value) ||
        hasWildcard(parts.service) ||
        !ctx.catalog.service(parts.service)
      )
        continue;
      if (ctx.catalog.expandAction(v.value).length > 0) continue;
      report({
        at: v.node,
        path: v.path,
        message: `"${v.value}" matches no action of ${ctx.catalog.service(parts.service)?.name}. Check the spelling of the part before or after the wildcard.`,
      });
    }
  },
};

export const wildcardServiceAction: Rule = {
  code: "wildcard-service-action",
  severity: "suggestion",
  description: 'An Allow of every action of a service ("s3:*").',
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!isAllow(s) || !s.action || s.action.negated) continue;
      for (const v of s.action.values) {
        const parts = split(v.value);
        if (!parts || parts.action !== "*" || !ctx.catalog.service(parts.service)) continue;
        const n = ctx.catalog.expandAction(v.value).length;
        report({
          at: v.node,
          path: v.path,
          message:
            `"${v.value}" allows all ${n} actions of ${ctx.catalog.service(parts.service)?.name}, including deleting and ` +
            "changing permissions. Least privilege: list only the actions the task needs.",
        });
      }
    }
  },
};

/** Reports the values of one list that another value of the same list already covers. */
function reportRedundant(
  elementPath: string,
  values: ValueView[],
  report: (r: Report) => void,
): void {
  values.forEach((v, i) => {
    const by = values.find((o, j) => {
      if (j === i || !actionPatternCovers(o.value, v.value)) return false;
      // Equal values: only the later one is redundant.
      return actionPatternCovers(v.value, o.value) ? j < i : true;
    });
    if (!by) return;
    report({
      at: v.node,
      path: v.path,
      message:
        by.value.toLowerCase() === v.value.toLowerCase()
          ? `"${v.value}" is listed twice in ${elementPath}; remove one.`
          : `"${v.value}" is already covered by "${by.value}" in the same list; remove it, or narrow "${by.value}".`,
    });
  });
}

export const redundantAction: Rule = {
  code: "redundant-action",
  severity: "warning",
  description: "An action already covered by another value of the same element.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!s.action) continue;
      // Only values of the same service (or with a wildcard service) can cover each other.
      const groups = new Map<string, ValueView[]>();
      const wild: ValueView[] = [];
      for (const v of s.action.values) {
        const service = v.value.slice(0, Math.max(0, v.value.indexOf(":"))).toLowerCase();
        if (!service || /[*?]/.test(service)) wild.push(v);
        else {
          const group = groups.get(service);
          if (group) group.push(v);
          else groups.set(service, [v]);
        }
      }
      if (groups.size === 0) reportRedundant(s.action.path, wild.slice(0, PAIRWISE_LIMIT), report);
      let first = true;
      for (const group of groups.values()) {
        const isFirst = first;
        first = false;
        // A wildcard-service value is reported with the first group only.
        reportRedundant(s.action.path, [...wild, ...group].slice(0, PAIRWISE_LIMIT), (r) => {
          if (isFirst || !wild.some((w) => w.path === r.path)) report(r);
        });
      }
    }
  },
};
