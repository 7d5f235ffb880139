/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, `${key, 'default'}` and the
 * escapes `${*}`, `${?}`, `${$}`. They are resolved only under Version 2012-10-17, in Resource
 * and in String/ARN condition values. A variable whose key is missing (and has no default) or
 * is multi-valued is unresolvable, and the value that holds it never matches.
 */
import type { WildcardToken } from "../wildcard/wildcard";

/** A piece of a policy value: plain text (wildcards stay active), a literal escape, or a variable. */
export type TemplatePart =
  | { kind: "text"; text: string }
  | { kind: "literal"; text: string }
  | { kind: "variable"; key: string; keyLower: string; fallback?: string };

/** Reads request context values by lowercase key (a `Map<string, string[]>` is one). */
export interface ContextLookup {
  get(keyLower: string): readonly string[] | undefined;
}

const ESCAPE: Record<string, string> = { "*": "*", "?": "?", $: "$" };
const WITH_DEFAULT = /^\s*([^,\s][^,]*?)\s*,\s*'([^']*)'\s*$/;

/** Splits a value into template parts; returns undefined when it holds no `${...}` at all. */
export function parseTemplate(value: string): TemplatePart[] | undefined {
  if (!value.includes("${")) return undefined;
  const parts: TemplatePart[] = [];
  let text = "";
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf("${", i);
    const close = open < 0 ? -1 : value.indexOf("}", open + 2);
    if (open < 0 || close < 0) {
      text += value.slice(i);
      break;
    }
    text += value.slice(i, open);
    const inner = value.slice(open + 2, close);
    const part = readInner(inner);
    if (!part) {
      text += value.slice(open, close + 1);
    } else {
      if (text) parts.push({ kind: "text", text });
      text = "";
      parts.push(part);
    }
    i = close + 1;
  }
  if (text) parts.push({ kind: "text", text });
  return parts.some((p) => p.kind !== "text") ? parts : undefined;
}

function readInner(inner: string): TemplatePart | undefined {
  const esc = ESCAPE[inner];
  if (esc !== undefined) return { kind: "literal", text: esc };
  const m = WITH_DEFAULT.exec(inner);
  if (m) return { kind: "variable", key: m[1], keyLower: m[1].toLowerCase(), fallback: m[2] };
  const key = inner.trim();
  if (key === "" || /[\s,'{$]/.test(key)) return undefined;
  return { kind: "variable", key, keyLower: key.toLowerCase() };
}

function variableValue(
  part: Extract<TemplatePart, { kind: "variable" }>,
  lookup: ContextLookup,
): string | undefined {
  const values = lookup.get(part.keyLower);
  if (values && values.length === 1) return values[0];
  if (values && values.length > 1) return undefined;
  return part.fallback;
}

/** Resolves a template to plain text (for equality operators); undefined when unresolvable. */
export function resolveText(
  parts: readonly TemplatePart[],
  lookup: ContextLookup,
): string | undefined {
  let out = "";
  for (const p of parts) {
    if (p.kind === "variable") {
      const v = variableValue(p, lookup);
      if (v === undefined) return undefined;
      out += v;
    } else out += p.text;
  }
  return out;
}

/**
 * Resolves a template to glob tokens (for `*Like` operators and Resource): `*`/`?` in plain
 * text stay wildcards; escapes and variable values are literal. Undefined when unresolvable.
 */
export function resolveTokens(
  parts: readonly TemplatePart[],
  lookup: ContextLookup,
): WildcardToken[] | undefined {
  const out: WildcardToken[] = [];
  for (const p of parts) {
    if (p.kind === "variable") {
      const v = variableValue(p, lookup);
      if (v === undefined) return undefined;
      out.push(v);
    } else if (p.kind === "literal") out.push(p.text);
    else {
      for (let i = 0, s = 0; i <= p.text.length; i++) {
        const c = p.text[i];
        if (i === p.text.length || c === "*" || c === "?") {
          if (i > s) out.push(p.text.slice(s, i));
          if (c === "*" || c === "?") out.push({ wildcard: c });
          s = i + 1;
        }
      }
    }
  }
  return out;
}

/** Writes a template back with variables resolved where possible (for explanations). */
export function describeResolved(parts: readonly TemplatePart[], lookup: ContextLookup): string {
  let out = "";
  for (const p of parts) {
    if (p.kind === "variable") out += variableValue(p, lookup) ?? `\${${p.key}}`;
    else if (p.kind === "literal") out += p.text === "$" ? "$" : p.text;
    else out += p.text;
  }
  return out;
}
