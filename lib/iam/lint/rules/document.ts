/** Rules about the document's overall shape: Version, Statement, element names and types. */
import { pathIndex, pathKey } from "../model";
import type { JsonNode, JsonObjectNode } from "../../types";
import { renameKey, replaceValue } from "../fix";
import type { Report, Rule } from "../types";

const TOP = ["Version", "Id", "Statement"];
const STATEMENT = [
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
];

export const invalidDocument: Rule = {
  code: "invalid-document",
  severity: "error",
  description: "The document is not a JSON object.",
  check(ctx, report) {
    if (ctx.view.root.kind !== "object") {
      report({
        at: ctx.view.root,
        path: "",
        message:
          'A policy document must be a JSON object such as {"Version": "2012-10-17", "Statement": [...]}. ' +
          `This one is ${ctx.view.root.kind === "array" ? "an array" : `a ${ctx.view.root.kind}`}.`,
      });
    }
  },
};

export const missingVersion: Rule = {
  code: "missing-version",
  severity: "warning",
  description: "No Version element: policy variables are then read as literal text.",
  check(ctx, report) {
    const root = ctx.view.object;
    if (!root || ctx.view.versionEntry || !root.range) return;
    report({
      at: { ...root.range, length: 1 },
      path: "",
      message:
        'The policy has no "Version". Without it AWS reads the policy as the old 2008-10-17 language, ' +
        'where policy variables such as ${aws:username} are plain text. Add "Version": "2012-10-17" as the first element.',
      fix: {
        title: 'Add "Version": "2012-10-17"',
        edits: [
          {
            offset: root.range.offset + 1,
            length: 0,
            text:
              root.entries.length > 0 ? '\n  "Version": "2012-10-17",' : '"Version": "2012-10-17"',
          },
        ],
      },
    });
  },
};

export const invalidVersion: Rule = {
  code: "invalid-version",
  severity: "error",
  description: "Version is not 2012-10-17 or 2008-10-17.",
  check(ctx, report) {
    const e = ctx.view.versionEntry;
    if (!e) return;
    const v = e.value.kind === "string" ? (e.value.value as string) : undefined;
    if (v === "2012-10-17" || v === "2008-10-17") return;
    report({
      at: e.value,
      path: "Version",
      message:
        `"Version" must be the date of a policy language version, "2012-10-17" (current) or "2008-10-17", ` +
        `not ${JSON.stringify(v ?? null)}. It is not the date you wrote the policy.`,
      fix: replaceValue(e.value, "2012-10-17"),
    });
  },
};

export const oldVersion: Rule = {
  code: "old-version",
  severity: "suggestion",
  description: "Version 2008-10-17 lacks policy variables and newer features.",
  check(ctx, report) {
    const v = ctx.view.version;
    if (v?.value !== "2008-10-17") return;
    report({
      at: v.node,
      path: v.path,
      message:
        'Version "2008-10-17" is the old policy language: it has no policy variables. Use "2012-10-17" for new policies.',
      fix: replaceValue(v.node, "2012-10-17"),
    });
  },
};

export const missingStatement: Rule = {
  code: "missing-statement",
  severity: "error",
  description: "No Statement element, or an empty one.",
  check(ctx, report) {
    const root = ctx.view.object;
    if (!root) return;
    const e = ctx.view.statementEntry;
    if (!e) {
      report({
        at: root.range ? { ...root.range, length: 1 } : undefined,
        path: "",
        message:
          'The policy has no "Statement". Every policy needs at least one statement saying what is allowed or denied.',
      });
    } else if (e.value.kind === "array" && e.value.items.length === 0) {
      report({
        at: e.value,
        path: "Statement",
        message:
          '"Statement" is empty, so the policy allows and denies nothing. Add at least one statement.',
      });
    }
  },
};

function closeKey(key: string, allowed: string[]): string | undefined {
  const lower = key.toLowerCase().replace(/[\s_-]/g, "");
  return allowed.find((a) => a.toLowerCase() === lower || `${a.toLowerCase()}s` === lower);
}

function checkKeys(
  node: JsonObjectNode,
  base: string,
  allowed: string[],
  where: string,
  report: (r: Report) => void,
) {
  for (const entry of node.entries) {
    if (allowed.includes(entry.key)) continue;
    const fix = closeKey(entry.key, allowed);
    report({
      at: entry.keyRange,
      path: pathKey(base, entry.key),
      message: fix
        ? `"${entry.key}" is not a policy element; element names are case-sensitive. Did you mean "${fix}"?`
        : `"${entry.key}" is not allowed in ${where}. Allowed elements: ${allowed.join(", ")}.`,
      fix: fix ? renameKey(entry, fix) : undefined,
    });
  }
}

export const unknownElement: Rule = {
  code: "unknown-element",
  severity: "error",
  description: "An element name that IAM does not know (often a case mistake).",
  check(ctx, report) {
    if (ctx.view.object) checkKeys(ctx.view.object, "", TOP, "the top level of a policy", report);
    for (const s of ctx.view.statements)
      checkKeys(s.node, s.path, STATEMENT, "a statement", report);
  },
};

export const duplicateKey: Rule = {
  code: "duplicate-key",
  severity: "error",
  description: "The same key appears twice in one JSON object.",
  check(ctx, report) {
    let budget = 10_000;
    const walk = (node: JsonNode, path: string) => {
      if (budget-- <= 0) return;
      if (node.kind === "array") node.items.forEach((n, i) => walk(n, pathIndex(path, i)));
      if (node.kind !== "object") return;
      const seen = new Set<string>();
      for (const e of node.entries) {
        const p = pathKey(path, e.key);
        if (seen.has(e.key)) {
          report({
            at: e.keyRange,
            path: p,
            message: `"${e.key}" appears twice in the same object. AWS rejects such a policy (or keeps only one of them); merge the two into one.`,
          });
        }
        seen.add(e.key);
        walk(e.value, p);
      }
    };
    walk(ctx.view.root, "");
  },
};

export const emptyArray: Rule = {
  code: "empty-array",
  severity: "error",
  description: "An element holds an empty array, which AWS rejects.",
  check(ctx, report) {
    for (const s of ctx.view.statements) {
      for (const e of s.node.entries) {
        const p = pathKey(s.path, e.key);
        if (e.value.kind === "array" && e.value.items.length === 0) {
          report({
            at: e.value,
            path: p,
            message: `${p} is an empty array. AWS rejects empty lists: name at least one value, or remove the element.`,
          });
        }
        const nested =
          (e.key === "Principal" || e.key === "NotPrincipal") && e.value.kind === "object"
            ? [e.value]
            : e.key === "Condition" && e.value.kind === "object"
              ? e.value.entries.flatMap((op) => (op.value.kind === "object" ? [op.value] : []))
              : [];
        for (const obj of nested) {
          for (const k of obj.entries) {
            if (k.value.kind === "array" && k.value.items.length === 0) {
              const kp = nestedPath(s.path, e.key, obj, k.key, e.value as JsonObjectNode);
              report({
                at: k.value,
                path: kp,
                message: `${kp} is an empty array. Give at least one value, or remove the entry.`,
              });
            }
          }
        }
      }
    }
  },
};

function nestedPath(
  base: string,
  element: string,
  obj: JsonObjectNode,
  key: string,
  top: JsonObjectNode,
): string {
  const p = pathKey(base, element);
  if (obj === top) return pathKey(p, key);
  const op = top.entries.find((e) => e.value === obj);
  return pathKey(pathKey(p, op?.key ?? ""), key);
}
