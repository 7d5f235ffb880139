import type { JsonSchema } from "./policySchema";

/**
 * Keywords that only validate. The linter checks all of these with a teaching message and a fix
 * (`unknown-element`, `invalid-element-type`, `missing-action`, `empty-array`,
 * `unknown-condition-operator`…), so a linted editor drops them to show each mistake once.
 */
const VALIDATION_ONLY = new Set([
  "type",
  "required",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "pattern",
  "propertyNames",
  "patternErrorMessage",
  "errorMessage",
]);

/** Keywords whose value is data to keep as written (completion proposals). */
const VERBATIM = new Set(["examples", "default", "defaultSnippets", "$schema"]);

const isEmpty = (s: unknown) =>
  typeof s === "object" && s !== null && !Array.isArray(s) && Object.keys(s).length === 0;

function relaxList(list: unknown): JsonSchema[] {
  if (!Array.isArray(list)) return [];
  return list.map(relax).filter((s): s is JsonSchema => s !== undefined && !isEmpty(s));
}

function relax(node: unknown): JsonSchema | undefined {
  if (node === false) return undefined;
  if (typeof node !== "object" || node === null || Array.isArray(node)) return {};
  const out: JsonSchema = {};
  const examples: unknown[] = [];
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (VALIDATION_ONLY.has(key)) continue;
    if (VERBATIM.has(key)) {
      if (key === "examples" && Array.isArray(value)) examples.push(...value);
      else out[key] = value;
    } else if (key === "enum" && Array.isArray(value)) {
      examples.push(...value);
    } else if (key === "const") {
      examples.push(value);
    } else if (key === "properties") {
      const props: Record<string, JsonSchema> = {};
      for (const [name, sub] of Object.entries(value as JsonSchema)) {
        const relaxed = relax(sub);
        if (relaxed) props[name] = relaxed;
      }
      out.properties = props;
    } else if (key === "additionalProperties" || key === "items") {
      const relaxed = relax(value);
      if (relaxed && !isEmpty(relaxed)) out[key] = relaxed;
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf") {
      // Unconstrained alternatives all match: `oneOf` would then fail, `anyOf` never does.
      const list = relaxList(value);
      if (list.length > 0) out.anyOf = [...((out.anyOf as JsonSchema[]) ?? []), ...list];
    } else {
      out[key] = value;
    }
  }
  if (examples.length > 0) out.examples = examples;
  return out;
}

/**
 * The structure of a JSON schema without its validation: properties, descriptions, value
 * proposals (`enum`/`const` become `examples`) and snippets stay for completion and hovers, but
 * no document can fail it, so Monaco's JSON language adds no marker the linter already gives.
 */
export function structureOnly(schema: JsonSchema): JsonSchema {
  return relax(schema) ?? {};
}
