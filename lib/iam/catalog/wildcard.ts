/**
 * Turns an IAM glob (`*` any run of characters, `?` one character) into an anchored RegExp.
 * Action names compare case-insensitively, so pass `ignoreCase` for them.
 */
export function globToRegExp(glob: string, ignoreCase = true): RegExp {
  let source = "";
  for (const c of glob) {
    if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else source += c.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, ignoreCase ? "is" : "s");
}

/** True when the text contains an IAM wildcard. */
export function hasWildcard(text: string): boolean {
  return text.includes("*") || text.includes("?");
}
