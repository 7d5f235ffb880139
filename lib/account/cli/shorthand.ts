/**
 * The CLI's shorthand syntax for structures and lists of structures, for the parameters that
 * take them here (`--tags Key=team,Value=dev`, `--filters Name=instance-state-name,Values=running`):
 * `k=v,k2=v2`, where a key that takes a list (`Values`) collects the bare values that follow it.
 */

/** Parses one shorthand structure; list-valued keys are named in `listKeys`. */
export function parseShorthand(
  text: string,
  listKeys: readonly string[] = [],
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let current: string | undefined;
  for (const part of text.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0 && /^[A-Za-z][\w-]*$/.test(part.slice(0, eq))) {
      current = part.slice(0, eq);
      const value = part.slice(eq + 1);
      out[current] = listKeys.includes(current) ? [value] : value;
    } else if (current !== undefined && Array.isArray(out[current])) {
      (out[current] as string[]).push(part);
    } else if (current !== undefined) {
      out[current] = `${String(out[current])},${part}`;
    } else {
      return undefined;
    }
  }
  return out;
}
