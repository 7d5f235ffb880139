import type { JsonSchema } from "./policySchema";

/**
 * A tiny JSON-schema checker for tests: the draft-07 keywords the policy schema uses (type, enum,
 * const, required, properties, additionalProperties, items, anyOf/oneOf/allOf, minLength,
 * minItems, minProperties, propertyNames.pattern). Returns one "path: problem" line per failure.
 */
export function schemaProblems(schema: unknown, value: unknown, path = "$"): string[] {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [`${path}: not allowed`];
  const s = schema as JsonSchema;
  const out: string[] = [];
  const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  if (s.type !== undefined) {
    const types = ([] as unknown[]).concat(s.type);
    if (!types.includes(kind)) out.push(`${path}: expected ${types.join("|")}`);
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) out.push(`${path}: not in enum`);
  if ("const" in s && s.const !== value) out.push(`${path}: not the constant`);
  if (typeof value === "string" && typeof s.minLength === "number" && value.length < s.minLength)
    out.push(`${path}: too short`);
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) out.push(`${path}: too few`);
    value.forEach((item, i) => out.push(...schemaProblems(s.items, item, `${path}[${i}]`)));
  }
  if (kind === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (typeof s.minProperties === "number" && keys.length < s.minProperties)
      out.push(`${path}: too few properties`);
    for (const r of (s.required as string[] | undefined) ?? [])
      if (!(r in obj)) out.push(`${path}: missing ${r}`);
    const props = (s.properties ?? {}) as Record<string, unknown>;
    const names = s.propertyNames as { pattern?: string } | undefined;
    for (const k of keys) {
      if (names?.pattern && !new RegExp(names.pattern).test(k)) out.push(`${path}.${k}: bad name`);
      const sub = k in props ? props[k] : s.additionalProperties;
      out.push(...schemaProblems(sub, obj[k], `${path}.${k}`));
    }
  }
  const passing = (list: unknown) =>
    ((list as unknown[] | undefined) ?? []).filter(
      (x) => schemaProblems(x, value, path).length === 0,
    ).length;
  if (Array.isArray(s.anyOf) && passing(s.anyOf) === 0) out.push(`${path}: matches no anyOf`);
  if (Array.isArray(s.oneOf) && passing(s.oneOf) !== 1) out.push(`${path}: not exactly one oneOf`);
  for (const sub of (s.allOf as unknown[] | undefined) ?? [])
    out.push(...schemaProblems(sub, value, path));
  return out;
}
