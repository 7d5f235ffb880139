/** JSON path formatting shared by the parser, the validator and the evaluator. */

/** True for `[A-Za-z_$][A-Za-z0-9_$]*`. */
function isIdentifier(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return true;
}

/** Appends an object key to a path: `.Key` for identifiers, `["aws:SourceIp"]` otherwise. */
export function pathKey(base: string, key: string): string {
  if (isIdentifier(key)) return base === "" ? key : `${base}.${key}`;
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
