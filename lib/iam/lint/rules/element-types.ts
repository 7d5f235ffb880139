/** The element-type rule: every element holds the kind of JSON value IAM expects. */
import type { JsonNode } from "../../types";
import { pathIndex, pathKey } from "../model";
import type { Rule } from "../types";

function kindName(n: JsonNode): string {
  return n.kind === "object" ? "an object" : n.kind === "array" ? "an array" : `a ${n.kind}`;
}

export const invalidElementType: Rule = {
  code: "invalid-element-type",
  severity: "error",
  description: "An element holds the wrong kind of JSON value.",
  check(ctx, report) {
    const bad = (node: JsonNode, path: string, expected: string) =>
      report({
        at: node,
        path,
        message: `${path} must be ${expected}, but it is ${kindName(node)}.`,
      });
    const v = ctx.view.versionEntry;
    if (v && v.value.kind !== "string") bad(v.value, "Version", 'a string such as "2012-10-17"');
    const st = ctx.view.statementEntry?.value;
    if (st && st.kind !== "object" && st.kind !== "array")
      bad(st, "Statement", "a statement object or an array of them");
    if (st?.kind === "array") {
      st.items.forEach((item, i) => {
        if (item.kind !== "object") bad(item, pathIndex("Statement", i), "a statement object");
      });
    }
    for (const s of ctx.view.statements) {
      for (const e of s.node.entries) {
        const p = pathKey(s.path, e.key);
        if (e.key === "Sid" || e.key === "Effect") {
          if (e.value.kind !== "string") bad(e.value, p, "a string");
        } else if (["Action", "NotAction", "Resource", "NotResource"].includes(e.key)) {
          if (e.value.kind === "array") {
            e.value.items.forEach((item, i) => {
              if (item.kind !== "string") bad(item, pathIndex(p, i), "a string");
            });
          } else if (e.value.kind !== "string") bad(e.value, p, "a string or an array of strings");
        } else if (e.key === "Principal" || e.key === "NotPrincipal") {
          if (e.value.kind === "object") {
            for (const k of e.value.entries) {
              const kp = pathKey(p, k.key);
              if (k.value.kind === "array") {
                k.value.items.forEach((item, i) => {
                  if (item.kind !== "string") bad(item, pathIndex(kp, i), "a string");
                });
              } else if (k.value.kind !== "string")
                bad(k.value, kp, "a string or an array of strings");
            }
          } else if (e.value.kind !== "string")
            bad(e.value, p, '"*" or an object such as {"AWS": "..."}');
        } else if (e.key === "Condition") {
          if (e.value.kind !== "object") bad(e.value, p, "an object of condition operators");
          else {
            for (const op of e.value.entries) {
              const op_ = pathKey(p, op.key);
              if (op.value.kind !== "object") {
                bad(
                  op.value,
                  op_,
                  'an object of condition keys, e.g. {"aws:SourceIp": "203.0.113.0/24"}',
                );
                continue;
              }
              for (const k of op.value.entries) {
                const kp = pathKey(op_, k.key);
                const items = k.value.kind === "array" ? k.value.items : [k.value];
                items.forEach((item, i) => {
                  if (item.kind === "object" || item.kind === "array" || item.kind === "null") {
                    bad(
                      item,
                      k.value.kind === "array" ? pathIndex(kp, i) : kp,
                      "a string, number or boolean",
                    );
                  }
                });
              }
            }
          }
        }
      }
    }
  },
};
