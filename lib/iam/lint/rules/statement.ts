/** Rules about each statement's required elements, Effect and Sid. */
import { replaceValue } from "../fix";
import { entryOf, pathKey } from "../model";
import type { Rule } from "../types";
import { label, takesResource, typeName } from "./util";

export const invalidEffect: Rule = {
  code: "invalid-effect",
  severity: "error",
  description: 'Effect is missing or is not "Allow" or "Deny".',
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      const e = entryOf(s.node, "Effect");
      if (!e) {
        report({
          at: s.node.range ? { ...s.node.range, length: 1 } : undefined,
          path: s.path,
          message: `${label(s)} has no "Effect". Every statement must say "Effect": "Allow" or "Effect": "Deny".`,
        });
        continue;
      }
      const v = e.value.kind === "string" ? (e.value.value as string) : undefined;
      if (v === undefined || v === "Allow" || v === "Deny") continue;
      if (v.toLowerCase() === "allow" || v.toLowerCase() === "deny") continue; // unknown-effect-case
      report({
        at: e.value,
        path: pathKey(s.path, "Effect"),
        message: `"Effect" must be "Allow" or "Deny", not ${JSON.stringify(v)}.`,
      });
    }
  },
};

export const unknownEffectCase: Rule = {
  code: "unknown-effect-case",
  severity: "error",
  description: 'Effect written in the wrong case ("allow" instead of "Allow").',
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      const v = s.effect?.value;
      if (!v || v === "Allow" || v === "Deny") continue;
      const fixed =
        v.toLowerCase() === "allow" ? "Allow" : v.toLowerCase() === "deny" ? "Deny" : undefined;
      if (!fixed) continue;
      report({
        at: s.effect!.node,
        path: s.effect!.path,
        message: `"Effect" values are case-sensitive: write "${fixed}", not "${v}". AWS rejects the policy otherwise.`,
        fix: replaceValue(s.effect!.node, fixed),
      });
    }
  },
};

export const missingAction: Rule = {
  code: "missing-action",
  severity: "error",
  description: "A statement has neither Action nor NotAction.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      if (entryOf(s.node, "Action") || entryOf(s.node, "NotAction")) continue;
      report({
        at: s.node.range ? { ...s.node.range, length: 1 } : undefined,
        path: s.path,
        message: `${label(s)} has no "Action". Name the API actions it covers, e.g. "Action": "s3:GetObject".`,
      });
    }
  },
};

export const missingResource: Rule = {
  code: "missing-resource",
  severity: "error",
  description: "A statement has neither Resource nor NotResource (trust policies excepted).",
  check(ctx, report) {
    if (!takesResource(ctx.type)) return;
    for (const s of ctx.view.statements) {
      if (entryOf(s.node, "Resource") || entryOf(s.node, "NotResource")) continue;
      report({
        at: s.node.range ? { ...s.node.range, length: 1 } : undefined,
        path: s.path,
        message:
          `${label(s)} has no "Resource". In ${typeName(ctx.type)} every statement names the resources it applies to, ` +
          'e.g. "Resource": "arn:aws:s3:::my-bucket/*" (or "*" for actions that take no resource).',
      });
    }
  },
};

/** A rule reporting statements that have both `key` and `NotKey` (they take exactly one). */
function bothKeyAndNotKey(key: "Action" | "Resource"): Rule {
  const notKey = `Not${key}`;
  return {
    code: `${key.toLowerCase()}-and-${notKey.toLowerCase()}`,
    severity: "error",
    description: `A statement has both ${key} and ${notKey}.`,
    check(ctx, report) {
      for (const s of ctx.view.statements) {
        const e = entryOf(s.node, notKey);
        if (!e || !entryOf(s.node, key)) continue;
        report({
          at: e.keyRange,
          path: pathKey(s.path, notKey),
          message: `${label(s)} has both "${key}" and "${notKey}". A statement takes exactly one of them; split it into two statements.`,
        });
      }
    },
  };
}

export const actionAndNotAction = bothKeyAndNotKey("Action");

export const resourceAndNotResource = bothKeyAndNotKey("Resource");

export const duplicateSid: Rule = {
  code: "duplicate-sid",
  severity: "error",
  description: "Two statements share a Sid.",
  check(ctx, report) {
    const seen = new Map<string, string>();
    for (const s of ctx.view.statements) {
      if (!s.sid || s.sid.value === "") continue;
      const first = seen.get(s.sid.value);
      if (first) {
        report({
          at: s.sid.node,
          path: s.sid.path,
          message: `The Sid "${s.sid.value}" is already used by ${first}. Statement ids must be unique within a policy; rename this one.`,
          fix: replaceValue(s.sid.node, `${s.sid.value}${s.index + 1}`),
        });
      } else seen.set(s.sid.value, s.path);
    }
  },
};

export const invalidSid: Rule = {
  code: "invalid-sid",
  severity: "error",
  description: "A Sid with characters other than letters and digits (IAM policies).",
  check(ctx, report) {
    if (ctx.type === "resource") return; // bucket, key and queue policies accept more characters
    for (const s of ctx.view.statements) {
      if (!s.sid || /^[A-Za-z0-9]*$/.test(s.sid.value)) continue;
      const fixed = s.sid.value.replace(/[^A-Za-z0-9]/g, "");
      report({
        at: s.sid.node,
        path: s.sid.path,
        message: `The Sid "${s.sid.value}" may only contain letters (A-Z, a-z) and digits (0-9) in ${typeName(ctx.type)}.`,
        fix: fixed ? replaceValue(s.sid.node, fixed) : undefined,
      });
    }
  },
};

export const missingSid: Rule = {
  code: "missing-sid",
  severity: "suggestion",
  description: "In a policy with several statements, a statement without a Sid.",
  check(ctx, report) {
    if (ctx.view.statements.length < 2) return;
    for (const s of ctx.view.statements) {
      if (s.sid || entryOf(s.node, "Sid")) continue;
      report({
        at: s.node.range ? { ...s.node.range, length: 1 } : undefined,
        path: s.path,
        message: `${s.path} has no "Sid". A short name such as "ReadReports" makes traces and reviews easier to follow.`,
      });
    }
  },
};
