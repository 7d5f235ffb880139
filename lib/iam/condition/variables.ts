/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, `${key, 'default'}` and the
 * escapes `${*}`, `${?}`, `${$}`. They are resolved only under Version 2012-10-17, in Resource
 * and in String/ARN condition values. A variable whose key is missing (and has no default) or
 * is multi-valued is unresolvable, and the value that holds it never matches.
 */
import { CompileCache } from "../wildcard/cache";
import { variableValue } from "./resolved";
import {
  compileWildcard,
  compileWildcardTokens,
  type WildcardMatcher,
  type WildcardToken,
} from "../wildcard/wildcard";

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

const templates = new CompileCache<{ parts: TemplatePart[] | undefined }>(1000);

/**
 * Splits a value into template parts; returns undefined when it holds no `${...}` at all.
 * Memoised by value (the parts are shared: never modify them).
 */
export function parseTemplate(value: string): TemplatePart[] | undefined {
  if (!value.includes("${")) return undefined;
  let hit = templates.get(value);
  if (hit === undefined) hit = templates.set(value, { parts: readTemplate(value) });
  return hit.parts;
}

function readTemplate(value: string): TemplatePart[] | undefined {
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

/**
 * Resolves a template to a compiled glob (for Resource and `String*Like`); undefined when
 * unresolvable. When no escape and no variable value holds `*` or `?`, the resolved text is
 * an ordinary pattern and its compiled matcher comes from the pattern cache.
 */
export function resolveGlob(
  parts: readonly TemplatePart[],
  lookup: ContextLookup,
): WildcardMatcher | undefined {
  let text = "";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.kind === "text") text += p.text;
    else if (p.kind === "literal") return resolveGlobTokens(parts, lookup);
    else {
      const v = variableValue(p, lookup);
      if (v === undefined) return undefined;
      if (v.includes("*") || v.includes("?")) return resolveGlobTokens(parts, lookup);
      text += v;
    }
  }
  return compileWildcard(text);
}

function resolveGlobTokens(
  parts: readonly TemplatePart[],
  lookup: ContextLookup,
): WildcardMatcher | undefined {
  const tokens = resolveTokens(parts, lookup);
  return tokens === undefined ? undefined : compileWildcardTokens(tokens);
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
