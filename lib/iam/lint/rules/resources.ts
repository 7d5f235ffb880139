/** Rules about Resource and NotResource values. */
import type { ActionSummary, ServiceResourceType } from "../../catalog";
import type { StatementView } from "../model";
import type { Rule, RuleContext } from "../types";
import { article, misspeltValue } from "./util";

const PARTITION = /^(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc)$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^(\d{12}|aws)$/;
const dynamic = (s: string) => s.includes("*") || s.includes("?") || s.includes("${");

/** What is wrong with an ARN pattern, or undefined when it looks right. */
export function arnProblem(value: string): string | undefined {
  if (/^\*+$/.test(value)) return undefined;
  if (!value.startsWith("arn:")) {
    return 'it does not start with "arn:". Resources are ARNs such as "arn:aws:s3:::my-bucket/*", or "*"';
  }
  const parts = value.split(":");
  if (parts.length < 6) {
    return `an ARN has six parts, arn:partition:service:region:account:resource, and this one has ${parts.length}`;
  }
  const [, partition, service, region, account] = parts;
  if (!dynamic(partition) && !PARTITION.test(partition))
    return `"${partition}" is not a partition (use "aws")`;
  if (service === "") return "the service part (third) is empty";
  if (region !== "" && !dynamic(region) && !REGION.test(region))
    return `"${region}" is not an AWS Region such as us-east-1`;
  if (account !== "" && !dynamic(account) && !ACCOUNT.test(account)) {
    return `"${account}" is not a 12-digit account id`;
  }
  if (parts.slice(5).join(":") === "") return "the resource part (after the fifth colon) is empty";
  return undefined;
}

export const invalidArn: Rule = {
  code: "invalid-arn",
  severity: "error",
  description: "A Resource value that is not a well-formed ARN (or *).",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!s.resource) continue;
      const s3Only =
        !!s.action &&
        s.action.values.length > 0 &&
        s.action.values.every((a) => a.value.toLowerCase().startsWith("s3:"));
      for (const v of s.resource.values) {
        const problem = arnProblem(v.value);
        if (!problem) continue;
        const fixed =
          s3Only && !v.value.startsWith("arn:") && /^[a-z0-9.-]+(\/.*)?$/.test(v.value)
            ? `arn:aws:s3:::${v.value}`
            : undefined;
        report(misspeltValue(v, `"${v.value}" is not a valid ARN: ${problem}.`, fixed));
      }
    }
  },
};

export const resourceInTrustPolicy: Rule = {
  code: "resource-in-trust-policy",
  severity: "error",
  description: "Resource or NotResource in a role trust policy.",
  check(ctx, report) {
    if (ctx.type !== "trust") return;
    for (const s of ctx.view.statements) {
      if (!s.resource) continue;
      report({
        at: s.resource.entry.keyRange,
        path: s.resource.path,
        message: `A trust policy is attached to the role itself, so its statements have no "${s.resource.name}": the resource is always the role. Remove it.`,
      });
    }
  },
};

type StatementTypes = { actions: ActionSummary[]; byService: Map<string, Set<string>> };
const typeCache = new WeakMap<object, Map<string, StatementTypes>>();

/** Resource type names each action service of the statement can act on; undefined when unknown. */
function statementTypes(ctx: RuleContext, s: StatementView): StatementTypes | undefined {
  if (!s.action || s.action.negated || s.action.values.length === 0) return undefined;
  let cache = typeCache.get(ctx.catalog);
  if (!cache) typeCache.set(ctx.catalog, (cache = new Map()));
  const key = s.action.values.map((v) => v.value.toLowerCase()).join("\n");
  const hit = cache.get(key);
  if (hit) return hit;
  const result = computeStatementTypes(ctx, s);
  if (result) {
    if (cache.size > 1000) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function computeStatementTypes(ctx: RuleContext, s: StatementView): StatementTypes | undefined {
  if (!s.action) return undefined;
  const actions: ActionSummary[] = [];
  for (const v of s.action.values) {
    if (v.value === "*" || v.value.includes("${")) return undefined;
    const expanded = ctx.catalog.expandAction(v.value);
    if (expanded.length === 0) return undefined; // unknown or malformed: other rules speak
    actions.push(...expanded);
  }
  const byService = new Map<string, Set<string>>();
  for (const a of actions) {
    const types = ctx.catalog.resourceTypesOf(a.name);
    if (!types) return undefined; // service details not loaded
    let set = byService.get(a.service);
    if (!set) byService.set(a.service, (set = new Set()));
    for (const t of types) set.add(t.name);
  }
  return { actions, byService };
}

/**
 * False when some action of the statement can act on the ARN (checking each action service's
 * own resource types, since e.g. sts:AssumeRole acts on IAM role ARNs). Otherwise the resource
 * types the ARN names in its own service; undefined when that cannot be told.
 */
function fits(
  ctx: RuleContext,
  arn: string,
  byService: Map<string, Set<string>>,
): ServiceResourceType[] | undefined | false {
  for (const [service, names] of byService) {
    if (ctx.catalog.resourceTypesForArn(arn, service)?.some((t) => names.has(t.name))) return false;
  }
  const types = ctx.catalog.resourceTypesForArn(arn);
  return types && types.length > 0 ? types : undefined;
}

export const actionResourceMismatch: Rule = {
  code: "action-resource-mismatch",
  severity: "error",
  description:
    "No action of the statement can act on a listed resource (e.g. s3:ListBucket on bucket/*).",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (
        !s.resource ||
        s.resource.negated ||
        !s.resource.values.some((v) => v.value.startsWith("arn:"))
      )
        continue;
      const st = statementTypes(ctx, s);
      if (!st) continue;
      for (const v of s.resource.values) {
        if (!v.value.startsWith("arn:") || arnProblem(v.value)) continue;
        const types = fits(ctx, v.value, st.byService);
        if (!types) continue;
        const names = [...new Set(st.actions.map((a) => a.name))];
        const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ", ..." : "");
        const expects = names.length === 1 ? describeExpected(ctx, names[0]) : "";
        const candidates = [v.value.replace(/\/\*$/, ""), `${v.value.replace(/\/$/, "")}/*`].filter(
          (c) => c !== v.value,
        );
        const fixed = candidates.find((c) => fits(ctx, c, st.byService) === false);
        report(
          misspeltValue(
            v,
            `None of the actions here (${shown}) can act on "${v.value}", which names ${types.map((t) => article(t.name)).join(" or ")}. ` +
              expects +
              "The statement grants nothing for this resource.",
            fixed,
          ),
        );
      }
    }
  },
};

function describeExpected(ctx: RuleContext, action: string): string {
  const a = ctx.catalog.action(action);
  const types = ctx.catalog.resourceTypesOf(action) ?? [];
  if (!a) return "";
  if (types.length === 0) return `${a.name} takes no specific resource: use "Resource": "*". `;
  const formats = types
    .map((t) => ctx.catalog.resourceType(a.service, t.name))
    .filter((t): t is ServiceResourceType => !!t)
    .map((t) => `${article(t.name)} (${t.arn.replace(/\$\{Partition\}/g, "aws")})`);
  return `${a.name} acts on ${formats.join(" or ")}. `;
}

export const resourceTypeUnknown: Rule = {
  code: "resource-type-unknown",
  severity: "warning",
  description: "An ARN that matches no resource type of its service.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!s.resource) continue;
      for (const v of s.resource.values) {
        if (!v.value.startsWith("arn:") || arnProblem(v.value)) continue;
        const types = ctx.catalog.resourceTypesForArn(v.value);
        if (!types || types.length > 0) continue;
        const service = ctx.catalog.service(v.value.split(":")[2]);
        if (!service) continue;
        const detail = ctx.catalog.serviceDetail(service.prefix);
        const examples = (detail?.resourceTypes ?? [])
          .slice(0, 3)
          .map((t) => t.arn.replace(/\$\{Partition\}/g, "aws"));
        report({
          at: v.node,
          path: v.path,
          message:
            `"${v.value}" does not match the ARN format of any ${service.name} resource, so it can never match a request. ` +
            (examples.length
              ? `ARNs of this service look like ${examples.join(", ")}.`
              : "Check it against the service's ARN formats."),
        });
      }
    }
  },
};
