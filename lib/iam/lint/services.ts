import { parseJson } from "../parse/json";
import { buildView } from "./model";

/**
 * The service prefixes a policy text refers to (action prefixes, resource ARN services,
 * condition key prefixes), lower-case and without wildcards. In the browser, call
 * `await catalog.ensureServices(referencedServices(text))` before `lintPolicy` so that every
 * rule can speak. Never throws; malformed text yields what can be read (possibly nothing).
 */
export function referencedServices(text: string): string[] {
  const out = new Set<string>();
  const add = (prefix: string) => {
    const p = prefix.toLowerCase();
    if (p && !/[*?${}]/.test(p) && !p.includes(".")) out.add(p);
  };
  try {
    const parsed = parseJson(text, { maxLength: 200_000 });
    if (!parsed.value) return [];
    for (const s of buildView(parsed.value).statements) {
      for (const v of s.action?.values ?? [])
        if (v.value.includes(":")) add(v.value.slice(0, v.value.indexOf(":")));
      for (const v of s.resource?.values ?? [])
        if (v.value.startsWith("arn:")) add(v.value.split(":")[2] ?? "");
      for (const c of s.condition?.clauses ?? [])
        if (c.key.includes(":")) add(c.key.slice(0, c.key.indexOf(":")));
    }
  } catch {
    return [...out];
  }
  out.delete("aws");
  return [...out].sort();
}
