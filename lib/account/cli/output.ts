/** Printing a response as the CLI does: `--output json` (4-space indent) or `text`. */

/** `--output json`: 4-space indented, as Python's `json.dumps(indent=4)`; nothing for no result. */
export function formatJson(value: unknown): string {
  if (value === undefined) return "";
  return `${JSON.stringify(value, null, 4)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => !isObject(v) && !Array.isArray(v);

/** A scalar as Python's `str()` prints it. */
function scalar(v: unknown): string {
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === null || v === undefined) return "None";
  return String(v);
}

function formatList(items: unknown[], identifier: string | undefined, out: string[]): void {
  if (items.length === 0) return;
  if (items.some(isObject)) {
    const keys = new Set<string>();
    for (const item of items)
      if (isObject(item)) for (const [k, v] of Object.entries(item)) if (isScalar(v)) keys.add(k);
    const scalarKeys = [...keys].sort();
    for (const item of items) formatText(item, identifier, out, scalarKeys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const item of items.filter((i) => !isScalar(i))) formatText(item, identifier, out);
  } else formatScalarList(items, identifier, out);
}

function formatScalarList(items: unknown[], identifier: string | undefined, out: string[]): void {
  if (identifier !== undefined)
    for (const item of items) out.push(`${identifier.toUpperCase()}\t${scalar(item)}`);
  else out.push(items.map(scalar).join("\t"));
}

function formatDict(
  item: Record<string, unknown>,
  identifier: string | undefined,
  out: string[],
  scalarKeys?: string[],
): void {
  const scalars: string[] = [];
  const nested: [string, unknown][] = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(item).sort()) {
      if (isScalar(item[key])) scalars.push(scalar(item[key]));
      else nested.push([key, item[key]]);
    }
  } else {
    for (const key of scalarKeys) scalars.push(key in item ? scalar(item[key]) : "None");
    for (const key of Object.keys(item).sort())
      if (!scalarKeys.includes(key)) nested.push([key, item[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(scalars.join("\t"));
  }
  for (const [key, value] of nested) formatText(value, key, out);
}

function formatText(
  item: unknown,
  identifier: string | undefined,
  out: string[],
  scalarKeys?: string[],
): void {
  if (isObject(item)) formatDict(item, identifier, out, scalarKeys);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(scalar(item));
}

/**
 * `--output text`, following awscli's text formatter: a dict prints its scalar values sorted by
 * key, tab-separated (prefixed by the uppercased key it came from), then its nested values.
 */
export function formatTextOutput(value: unknown): string {
  if (value === undefined || value === null) return "";
  const out: string[] = [];
  formatText(value, undefined, out);
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
