/** Rules about dangerously broad grants. */
import type { JsonNode } from "../../types";
import type { StatementView, ValueView } from "../model";
import type { Rule } from "../types";
import {
  actionPatternCovers,
  grantsAction,
  hasStar,
  isAllow,
  label,
  PAIRWISE_LIMIT,
  resourcePatternCovers,
} from "./util";

export const allowAll: Rule = {
  code: "allow-all",
  severity: "security-warning",
  description: 'Allow of every action on every resource ("Action": "*", "Resource": "*").',
  check(ctx, report) {
    if (ctx.type === "scp" || ctx.type === "rcp") return; // FullAWSAccess is the normal baseline there
    for (const s of ctx.view.statements) {
      if (!isAllow(s) || !s.action || s.action.negated || !hasStar(s.action)) continue;
      if (ctx.type !== "trust" && (!s.resource || s.resource.negated || !hasStar(s.resource)))
        continue;
      const v = s.action.values.find((x) => /^\*+$/.test(x.value))!;
      report({
        at: v.node,
        path: v.path,
        message:
          `${label(s)} allows every action on every resource: full administrator access. ` +
          "Least privilege means granting only the actions and resources a task needs; if you really need an admin, attach the AWS managed policy AdministratorAccess so the intent is explicit.",
      });
    }
  },
};

export const notActionWithAllow: Rule = {
  code: "notaction-with-allow",
  severity: "warning",
  description: "Allow with NotAction: grants every action not listed, across all services.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!isAllow(s) || !s.action?.negated) continue;
      report({
        at: s.action.entry.keyRange,
        path: s.action.path,
        message:
          '"Allow" with "NotAction" grants every action of every AWS service except the few listed, including services added in the future. ' +
          'Prefer "Action" with the actions you want, or a Deny with NotAction for guardrails.',
      });
    }
  },
};

export const notResourceWithAllow: Rule = {
  code: "notresource-with-allow",
  severity: "warning",
  description: "Allow with NotResource: grants on every resource not listed.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!isAllow(s) || !s.resource?.negated) continue;
      report({
        at: s.resource.entry.keyRange,
        path: s.resource.path,
        message:
          '"Allow" with "NotResource" grants access to every resource except those listed, in every account and Region. ' +
          'Prefer "Resource" with the resources you want.',
      });
    }
  },
};

const wideRole = (v: string) =>
  v === "*" || /:role\/\*?$/.test(v) || /:\*$/.test(v) || /^arn:[^:]*:iam::\*:role\//.test(v);

export const passRoleWildcard: Rule = {
  code: "passrole-wildcard",
  severity: "security-warning",
  description: "iam:PassRole allowed on every role.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!isAllow(s) || !s.resource || s.resource.negated || !grantsAction(s, "iam:PassRole"))
        continue;
      if (hasStar(s.action)) continue; // allow-all speaks
      for (const v of s.resource.values) {
        if (!wideRole(v.value)) continue;
        report({
          at: v.node,
          path: v.path,
          message:
            `${label(s)} lets the holder pass any role to an AWS service (iam:PassRole on "${v.value}"). ` +
            "Whoever can launch an instance or function with an admin role gains that role's rights. List the specific role ARNs, " +
            "and consider an iam:PassedToService condition.",
        });
      }
    }
  },
};

const ESCALATION = [
  "iam:CreatePolicyVersion",
  "iam:SetDefaultPolicyVersion",
  "iam:AttachUserPolicy",
  "iam:AttachGroupPolicy",
  "iam:AttachRolePolicy",
  "iam:PutUserPolicy",
  "iam:PutGroupPolicy",
  "iam:PutRolePolicy",
  "iam:CreateAccessKey",
  "iam:CreateLoginProfile",
  "iam:UpdateLoginProfile",
  "iam:AddUserToGroup",
  "iam:UpdateAssumeRolePolicy",
  "iam:DeleteUserPermissionsBoundary",
  "iam:DeleteRolePermissionsBoundary",
  "iam:PutUserPermissionsBoundary",
  "iam:PutRolePermissionsBoundary",
];
const PASSROLE_PARTNERS = [
  "ec2:RunInstances",
  "lambda:CreateFunction",
  "cloudformation:CreateStack",
  "glue:CreateDevEndpoint",
  "datapipeline:CreatePipeline",
  "ecs:RunTask",
  "sagemaker:CreateNotebookInstance",
];

/**
 * The actions whose new or changed role or user must carry the permissions boundary named by an
 * `iam:PermissionsBoundary` condition: AWS's delegation pattern makes them safe.
 */
const BOUNDED_BY_CONDITION = new Set(
  [
    "iam:CreateRole",
    "iam:CreateUser",
    "iam:AttachRolePolicy",
    "iam:AttachUserPolicy",
    "iam:PutRolePolicy",
    "iam:PutUserPolicy",
    "iam:PutRolePermissionsBoundary",
    "iam:PutUserPermissionsBoundary",
  ].map((a) => a.toLowerCase()),
);

function requiresBoundary(s: StatementView): boolean {
  return (s.condition?.clauses ?? []).some(
    (c) =>
      c.key.toLowerCase() === "iam:permissionsboundary" &&
      !/^(StringNotEquals|StringNotLike|ArnNotEquals|ArnNotLike)/i.test(c.operator),
  );
}

/**
 * Whether a resource value spans every entity of a type (`*`, `arn:aws:iam::*:*`,
 * `arn:aws:iam::111122223333:role/*`) rather than a path (`…:policy/team/*`), which is AWS's way
 * of scoping delegated IAM work.
 */
function spansAll(value: string): boolean {
  if (!value.includes("*")) return false;
  const iam = /^arn:[^:]*:iam::[^:]*:(.*)$/.exec(value);
  if (!iam) return true;
  return /^[\w-]*\*/.test(iam[1]) || /^[\w-]+\/\*/.test(iam[1]);
}

function firstGranting(s: StatementView, action: string): ValueView | undefined {
  return s.action?.values.find((v) => actionPatternCovers(v.value, action));
}

export const privilegeEscalation: Rule = {
  code: "privilege-escalation",
  severity: "security-warning",
  description:
    "Actions that let the holder grant themselves more rights (iam:CreatePolicyVersion, PassRole + RunInstances, ...).",
  check(ctx, report) {
    if (ctx.type === "scp" || ctx.type === "rcp" || ctx.type === "trust") return;
    const allows = ctx.view.statements.filter(
      (s) => isAllow(s) && s.action && !s.action.negated && !hasStar(s.action),
    );
    const mayTouchIam = (s: StatementView) =>
      s.action!.values.some(
        (v) => v.value.toLowerCase().startsWith("iam:") || /^[^:]*[*?]/.test(v.value),
      );
    const iamAllows = allows.filter(mayTouchIam);
    if (iamAllows.length === 0) return;
    const partners = PASSROLE_PARTNERS.filter((p) => allows.some((s) => grantsAction(s, p)));
    for (const s of iamAllows) {
      if (!s.resource || s.resource.negated || !s.resource.values.some((v) => spansAll(v.value)))
        continue;
      const bounded = requiresBoundary(s);
      const risky = ESCALATION.filter(
        (a) => grantsAction(s, a) && !(bounded && BOUNDED_BY_CONDITION.has(a.toLowerCase())),
      );
      const passRole = grantsAction(s, "iam:PassRole") && partners.length > 0;
      if (risky.length === 0 && !passRole) continue;
      const at = firstGranting(s, risky[0] ?? "iam:PassRole")!;
      const shown = risky.slice(0, 4).join(", ") + (risky.length > 4 ? ", ..." : "");
      report({
        at: at.node,
        path: at.path,
        message:
          (risky.length > 0
            ? `${label(s)} allows ${shown} on a wildcard resource. With these, the holder can give themselves (or a user they control) more permissions, up to administrator. `
            : `${label(s)} allows iam:PassRole on a wildcard resource together with ${partners.join(", ")}: the holder can start compute with a more powerful role and act as that role. `) +
          "Restrict the resources to the exact users, roles or policies meant, or remove the action.",
      });
    }
  },
};

function canonical(node: JsonNode | undefined): string {
  if (!node) return "";
  if (node.kind === "object") {
    return `{${node.entries
      .map((e) => `${JSON.stringify(e.key)}:${canonical(e.value)}`)
      .sort()
      .join(",")}}`;
  }
  if (node.kind === "array") return `[${node.items.map(canonical).sort().join(",")}]`;
  return JSON.stringify(node.value);
}

interface Shape {
  s: StatementView;
  principal: string;
  condition: string;
  /** Action values, lower-cased. */
  actions: string[];
  /** The wildcard-free action values, lower-cased. */
  exact: Set<string>;
  /** The action values with a wildcard. */
  wild: string[];
}

function shapeOf(s: StatementView): Shape {
  const actions = s.action!.values.map((v) => v.value.toLowerCase());
  return {
    s,
    principal: canonical(s.principal?.entry.value),
    condition: canonical(s.condition?.entry.value),
    actions,
    exact: new Set(actions.filter((a) => !a.includes("*") && !a.includes("?"))),
    wild: actions.filter((a) => a.includes("*") || a.includes("?")),
  };
}

/**
 * Whether statement `x` covers statement `y` of the same cover group (see `coverGroups`): its
 * condition is absent or the same, and it names every action and resource of `y`.
 */
function covers(x: Shape, y: Shape): boolean {
  if (x.condition !== "" && x.condition !== y.condition) return false;
  if (
    !y.actions.every(
      (b) => x.exact.has(b) || x.wild.some((pattern) => actionPatternCovers(pattern, b)),
    )
  )
    return false;
  const a = x.s.resource;
  const b = y.s.resource;
  return (
    !a ||
    !b ||
    b.values.every((bv) => a.values.some((av) => resourcePatternCovers(av.value, bv.value)))
  );
}

/**
 * Groups the statements that can cover one another: same effect, same principal, Action (not
 * NotAction), and Resource or no resource at all, never NotResource. Order is kept in each group.
 */
function coverGroups(list: Shape[]): Shape[][] {
  const groups = new Map<string, Shape[]>();
  for (const x of list) {
    const s = x.s;
    if (s.action!.negated || s.resource?.negated) continue;
    const key = JSON.stringify([
      s.effect?.value ?? null,
      x.principal,
      s.principal?.negated ?? null,
      !s.resource,
    ]);
    const group = groups.get(key);
    if (group) group.push(x);
    else groups.set(key, [x]);
  }
  return [...groups.values()];
}

export const redundantStatement: Rule = {
  code: "redundant-statement",
  severity: "warning",
  description: "A statement whose effect is already fully covered by another statement.",
  check(ctx, report) {
    const list: Shape[] = ctx.view.statements
      .slice(0, PAIRWISE_LIMIT)
      .filter((s) => s.action && s.action.values.length > 0)
      .map(shapeOf);
    const redundant: [StatementView, StatementView][] = [];
    for (const group of coverGroups(list)) {
      if (group.length < 2) continue;
      for (const y of group) {
        const b = y.s;
        const by = group.find(
          (x) => x !== y && covers(x, y) && (!covers(y, x) || x.s.index < b.index),
        )?.s;
        if (by) redundant.push([b, by]);
      }
    }
    // Report in statement order, as a single pass over all statements would.
    redundant.sort(([a], [b]) => a.index - b.index);
    for (const [b, by] of redundant) {
      report({
        at: b.node.range ? { ...b.node.range, length: 1 } : undefined,
        path: b.path,
        message: `${label(b)} adds nothing: ${label(by)} already ${b.effect?.value === "Deny" ? "denies" : "allows"} every action on every resource it names. Remove it, or merge the two.`,
      });
    }
  },
};
