/** Rules about Condition blocks: operators, keys, value types and set operators. */
import { CONDITION_OPERATORS, splitOperator, suggestOperator } from "../../condition/registry";
import { closest } from "../../catalog";
import { renameKey } from "../fix";
import { pathKey, type ClauseView, type StatementView } from "../model";
import type { Rule, RuleContext } from "../types";

const OPERATOR_NAMES = Object.keys(CONDITION_OPERATORS).flatMap((n) =>
  n === "Null" ? [n] : [n, `${n}IfExists`],
);

/** Every condition clause of the policy with its statement. */
export function* clauses(ctx: RuleContext): Generator<[ClauseView, StatementView]> {
  for (const s of ctx.view.statements) for (const c of s.condition?.clauses ?? []) yield [c, s];
}

/** The value family of an operator: String, Numeric, Date, Bool, Ip, Arn, Binary or Null. */
export function operatorFamily(base: string): string {
  if (base.startsWith("String")) return "String";
  if (base.startsWith("Numeric")) return "Numeric";
  if (base.startsWith("Date")) return "Date";
  if (base.startsWith("Arn")) return "Arn";
  if (base === "IpAddress" || base === "NotIpAddress") return "Ip";
  if (base === "BinaryEquals") return "Binary";
  return base; // Bool, Null
}

/** Key prefixes of identity providers (web identity and SAML keys), not AWS services. */
function isFederatedPrefix(prefix: string): boolean {
  return prefix === "saml" || prefix.includes(".");
}

export const unknownConditionOperator: Rule = {
  code: "unknown-condition-operator",
  severity: "error",
  description: "A condition operator that IAM does not have (names are case-sensitive).",
  check(ctx, report) {
    const seen = new Set<unknown>();
    for (const s of ctx.view.statements) {
      if (s.condition?.entry.value.kind !== "object") continue;
      for (const op of s.condition.entry.value.entries) {
        if (seen.has(op) || /NullIfExists$/.test(op.key)) continue;
        seen.add(op);
        if (splitOperator(op.key).operator) continue;
        const prefix = op.key.includes(":") ? op.key.slice(0, op.key.indexOf(":") + 1) : "";
        const rest = op.key.slice(prefix.length);
        const fixedPrefix =
          prefix === ""
            ? ""
            : (closest(prefix.slice(0, -1), ["ForAllValues", "ForAnyValue"], 1)[0] ?? "") + ":";
        const fixedBase = suggestOperator(rest) ?? closest(rest, OPERATOR_NAMES, 1)[0];
        const fixed = fixedBase && fixedPrefix !== ":" ? fixedPrefix + fixedBase : undefined;
        report({
          at: op.keyRange,
          path: pathKey(s.condition.path, op.key),
          message:
            `"${op.key}" is not a condition operator` +
            (fixed ? `; did you mean "${fixed}"?` : ".") +
            " Operators are case-sensitive, e.g. StringEquals, StringLike, ArnLike, IpAddress, Bool, NumericLessThan, DateGreaterThan, Null.",
          fix: fixed ? renameKey(op, fixed) : undefined,
        });
      }
    }
  },
};

export const ifExistsWithNull: Rule = {
  code: "ifexists-with-null",
  severity: "error",
  description: "NullIfExists: the Null operator cannot take IfExists.",
  check(ctx, report) {
    const seen = new Set<unknown>();
    for (const [c] of clauses(ctx)) {
      if (seen.has(c.operatorEntry) || !/NullIfExists$/.test(c.operator)) continue;
      seen.add(c.operatorEntry);
      report({
        at: c.operatorEntry.keyRange,
        path: c.operatorPath,
        message:
          '"Null" already tests whether a key exists, so it has no IfExists form. Use "Null".',
        fix: renameKey(c.operatorEntry, c.operator.replace(/IfExists$/, "")),
      });
    }
  },
};

export const emptyCondition: Rule = {
  code: "empty-condition",
  severity: "warning",
  description: "A Condition block or operator with nothing in it.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      const v = s.condition?.entry.value;
      if (v?.kind !== "object") continue;
      if (v.entries.length === 0) {
        report({
          at: v,
          path: s.condition!.path,
          message: `${s.condition!.path} is empty. Remove it, or add the condition you meant.`,
        });
      }
      for (const op of v.entries) {
        if (op.value.kind === "object" && op.value.entries.length === 0) {
          report({
            at: op.value,
            path: pathKey(s.condition!.path, op.key),
            message: `The operator "${op.key}" tests no key. Remove it, or add a key and values.`,
          });
        }
      }
    }
  },
};

export const unknownConditionKey: Rule = {
  code: "unknown-condition-key",
  severity: "error",
  description: "A condition key that AWS does not define.",
  check(ctx, report) {
    for (const [c] of clauses(ctx)) {
      const colon = c.key.indexOf(":");
      const prefix = colon > 0 ? c.key.slice(0, colon).toLowerCase() : "";
      if (prefix && isFederatedPrefix(prefix) && !ctx.catalog.service(prefix)) continue;
      if (ctx.catalog.conditionKey(c.key)) continue;
      if (prefix && prefix !== "aws" && ctx.catalog.serviceStatus(prefix) === "not-loaded")
        continue;
      const best = ctx.catalog.suggestConditionKeys(c.key)[0];
      report({
        at: c.keyEntry.keyRange,
        path: c.path,
        message:
          (prefix === ""
            ? `"${c.key}" is not a condition key: keys are written prefix:Name, e.g. aws:SourceIp.`
            : !ctx.catalog.service(prefix) && prefix !== "aws"
              ? `"${c.key}" names no AWS service ("${prefix}").`
              : `"${c.key}" is not a condition key AWS knows.`) +
          (best ? ` Did you mean "${best}"?` : "") +
          " A condition on an unknown key is never true (or always true with a negated operator).",
        fix: best && !best.includes("${") ? renameKey(c.keyEntry, best) : undefined,
      });
    }
  },
};

export const forAllValuesSingleValuedKey: Rule = {
  code: "forallvalues-single-valued-key",
  severity: "warning",
  description: "ForAllValues on a key that only ever has one value.",
  check(ctx, report) {
    for (const [c, s] of clauses(ctx)) {
      if (!c.operator.startsWith("ForAllValues:")) continue;
      const info = ctx.catalog.conditionKey(c.key);
      if (!info || info.multiValued) continue;
      const allow = s.effect?.value === "Allow";
      report({
        at: c.operatorEntry.keyRange,
        path: c.path,
        message:
          `"${c.key}" has a single value, so ForAllValues is the wrong tool: it is also true when the key is missing` +
          (allow ? ", which can allow requests you meant to refuse" : "") +
          `. Drop the "ForAllValues:" prefix.`,
        severity: allow ? "security-warning" : undefined,
      });
    }
  },
};

export const forAnyValueSingleValuedKey: Rule = {
  code: "foranyvalue-single-valued-key",
  severity: "suggestion",
  description: "ForAnyValue on a key that only ever has one value.",
  check(ctx, report) {
    for (const [c] of clauses(ctx)) {
      if (!c.operator.startsWith("ForAnyValue:")) continue;
      const info = ctx.catalog.conditionKey(c.key);
      if (!info || info.multiValued) continue;
      report({
        at: c.operatorEntry.keyRange,
        path: c.path,
        message: `"${c.key}" has a single value; ForAnyValue adds nothing here. Use the plain operator for clarity.`,
      });
    }
  },
};

export const missingSetOperator: Rule = {
  code: "missing-set-operator",
  severity: "warning",
  description: "A multi-valued key (aws:TagKeys, aws:CalledVia) without ForAllValues/ForAnyValue.",
  check(ctx, report) {
    for (const [c] of clauses(ctx)) {
      const split = splitOperator(c.operator);
      if (!split.operator || split.setOperator || split.operator.name === "Null") continue;
      const info = ctx.catalog.conditionKey(c.key);
      if (!info?.multiValued) continue;
      report({
        at: c.keyEntry.keyRange,
        path: c.path,
        message:
          `"${c.key}" can carry several values in one request. Say how to compare them: ` +
          `"ForAllValues:${c.operator}" (every value must be in your list) or "ForAnyValue:${c.operator}" (at least one).`,
      });
    }
  },
};

export const conditionKeyNotForAction: Rule = {
  code: "condition-key-not-for-action",
  severity: "warning",
  description: "A service condition key that none of the statement's actions supports.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (!s.condition || !s.action || s.action.negated) continue;
      if (s.action.values.some((v) => v.value === "*")) continue;
      for (const c of s.condition.clauses) {
        const prefix = c.key.slice(0, Math.max(0, c.key.indexOf(":"))).toLowerCase();
        if (!prefix || prefix === "aws") continue;
        const info = ctx.catalog.conditionKey(c.key);
        if (!info || info.global) continue;
        const same = s.action.values.flatMap((v) =>
          v.value.toLowerCase().startsWith(`${prefix}:`) ? ctx.catalog.expandAction(v.value) : [],
        );
        if (same.length === 0) continue;
        const supported = same.map((a) => ctx.catalog.actionSupportsConditionKey(a.name, c.key));
        if (supported.some((x) => x !== false)) continue;
        report({
          at: c.keyEntry.keyRange,
          path: c.path,
          message:
            `None of the ${prefix} actions in this statement supports the key "${c.key}", so it is missing from their requests ` +
            "and this condition never holds for them (or always holds with a negated operator or IfExists).",
        });
      }
    }
  },
};

export const mfaBoolDenyWithoutIfExists: Rule = {
  code: "mfa-bool-deny-without-ifexists",
  severity: "security-warning",
  description: 'A Deny on aws:MultiFactorAuthPresent "false" with Bool instead of BoolIfExists.',
  check(ctx, report) {
    for (const [c, s] of clauses(ctx)) {
      if (
        s.effect?.value !== "Deny" ||
        c.operator !== "Bool" ||
        c.key.toLowerCase() !== "aws:multifactorauthpresent"
      )
        continue;
      if (!c.values.some((v) => v.value.toLowerCase() === "false")) continue;
      report({
        at: c.operatorEntry.keyRange,
        path: c.operatorPath,
        message:
          "aws:MultiFactorAuthPresent is only present for temporary credentials. Requests signed with long-term access keys " +
          'do not carry it, so this Bool test is false for them and the Deny does not apply. Use "BoolIfExists".',
        fix: renameKey(c.operatorEntry, "BoolIfExists"),
      });
    }
  },
};
