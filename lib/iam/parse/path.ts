/** JSON path formatting shared by the parser, the validator and the evaluator. */

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends an object key to a path: `.Key` for identifiers, `["aws:SourceIp"]` otherwise. */
export function pathKey(base: string, key: string): string {
  if (IDENT.test(key)) return base === "" ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/** Appends an array index to a path: `Statement[2]`. */
export function pathIndex(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Joins a prefix path (e.g. `identityPolicies[0]`) with a path inside it (e.g. `Statement[0]`). */
export function joinPath(prefix: string, inner: string): string {
  if (inner === "") return prefix;
  if (prefix === "") return inner;
  return inner.startsWith("[") ? prefix + inner : `${prefix}.${inner}`;
}
