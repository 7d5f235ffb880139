/** Rules about policy variables (`${aws:username}`). */
import { replaceValue } from "../fix";
import { variablesActive, type ValueView } from "../model";
import type { Rule, RuleContext } from "../types";

/** Resource and condition values: the places where variables work. */
function* variableValues(ctx: RuleContext): Generator<ValueView> {
  for (const s of ctx.view.statements) {
    for (const v of s.resource?.values ?? []) yield v;
    for (const c of s.condition?.clauses ?? []) yield* c.values;
  }
}

const VARIABLE = /\$\{([^}]*)\}/g;
const ESCAPES = new Set(["*", "?", "$"]);

/** The `${...}` parts of a value with their inner text, and whether a `${` is left unclosed. */
function variables(value: string): { inners: string[]; unclosed: boolean } {
  const inners = [...value.matchAll(VARIABLE)].map((m) => m[1]);
  const unclosed = value.replace(VARIABLE, "").includes("${");
  return { inners, unclosed };
}

/** `${*}`, `${key}` or `${key, 'default'}`. */
function wellFormed(inner: string): boolean {
  return ESCAPES.has(inner) || /^\s*[^\s,'{$]+\s*(,\s*'[^']*'\s*)?$/.test(inner);
}

export const variableInOldVersion: Rule = {
  code: "variable-in-old-version",
  severity: "warning",
  description: "A policy variable in a policy without Version 2012-10-17, where it is plain text.",
  check(ctx, report) {
    if (variablesActive(ctx.view) || !ctx.view.object) return;
    for (const v of variableValues(ctx)) {
      if (variables(v.value).inners.length === 0) continue;
      report({
        at: v.node,
        path: v.path,
        message:
          `"${v.value}" uses a policy variable, but the policy ${ctx.view.version ? `has Version "${ctx.view.version.value}"` : "has no Version"}, ` +
          'so AWS reads "${...}" as literal text and it matches nothing. Set "Version": "2012-10-17".',
      });
    }
  },
};

export const malformedVariable: Rule = {
  code: "malformed-variable",
  severity: "error",
  description: "A `${` without its `}` or with nothing inside.",
  check(ctx, report) {
    for (const v of variableValues(ctx)) {
      const { inners, unclosed } = variables(v.value);
      if (!unclosed && inners.every(wellFormed)) continue;
      const fixed = unclosed && /\$\{[^}]*$/.test(v.value) ? `${v.value}}` : undefined;
      report({
        at: v.node,
        path: v.path,
        message:
          `"${v.value}" has a malformed policy variable: write \${key} with a closing brace, e.g. \${aws:username}. ` +
          "To mean a literal $, *, or ? use ${$}, ${*}, ${?}.",
        fix: fixed ? replaceValue(v.node, fixed) : undefined,
      });
    }
  },
};

export const unknownVariable: Rule = {
  code: "unknown-variable",
  severity: "warning",
  description: "A policy variable naming an aws: key that does not exist.",
  check(ctx, report) {
    for (const v of variableValues(ctx)) {
      for (const inner of variables(v.value).inners) {
        const key = inner.split(",")[0].trim();
        if (
          ESCAPES.has(key) ||
          !key.toLowerCase().startsWith("aws:") ||
          ctx.catalog.conditionKey(key)
        )
          continue;
        const best = ctx.catalog.suggestConditionKeys(key)[0];
        report({
          at: v.node,
          path: v.path,
          message:
            `"\${${key}}" names no AWS key, so it never resolves and "${v.value}" matches nothing.` +
            (best ? ` Did you mean "\${${best}}"?` : ""),
          fix:
            best && !best.includes("${")
              ? replaceValue(v.node, v.value.replace(`\${${inner}}`, `\${${best}}`))
              : undefined,
        });
      }
    }
  },
};
