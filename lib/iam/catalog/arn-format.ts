/**
 * Does a policy resource pattern (with `*`, `?` and `${...}` policy variables) overlap an ARN
 * format from the AWS reference (with `${Placeholder}` segments)? Used to tell which resource
 * types an ARN in a policy can name, e.g. that `arn:aws:s3:::docs/*` can only be an S3 object.
 *
 * The answer is "could some concrete ARN match both", computed on the product of two small
 * automata, so it is exact for the wildcards and conservative for placeholders: a placeholder
 * matches one or more characters; it cannot contain `:` in the first five ARN segments, and a
 * bucket name cannot contain `/`.
 */

type PatternToken = { kind: "lit"; c: string } | { kind: "star" } | { kind: "one" };
type FormatToken = { kind: "lit"; c: string } | { kind: "var"; noColon: boolean; noSlash: boolean };

/** Tokenises a policy resource pattern; policy variables behave like `*`. */
export function tokenisePattern(pattern: string): PatternToken[] {
  const out: PatternToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "$" && pattern[i + 1] === "{") {
      const end = pattern.indexOf("}", i);
      if (end > 0) {
        const inner = pattern.slice(i + 2, end);
        if (inner === "*" || inner === "?" || inner === "$") out.push({ kind: "lit", c: inner });
        else out.push({ kind: "star" });
        i = end;
        continue;
      }
    }
    if (c === "*") out.push({ kind: "star" });
    else if (c === "?") out.push({ kind: "one" });
    else out.push({ kind: "lit", c });
  }
  return out;
}

/** Tokenises an ARN format such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
export function tokeniseFormat(format: string): FormatToken[] {
  const out: FormatToken[] = [];
  let colons = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "$" && format[i + 1] === "{") {
      const end = format.indexOf("}", i);
      if (end > 0) {
        const name = format.slice(i + 2, end);
        out.push({ kind: "var", noColon: colons < 5, noSlash: /bucketname$/i.test(name) });
        i = end;
        continue;
      }
    }
    if (c === ":") colons++;
    out.push({ kind: "lit", c });
  }
  return out;
}

function allowed(tok: FormatToken & { kind: "var" }, c: string): boolean {
  return !(tok.noColon && c === ":") && !(tok.noSlash && c === "/");
}

/**
 * True when at least one concrete ARN matches both the policy pattern and the ARN format.
 * Runs in O(|pattern| x |format|).
 */
export function patternOverlapsFormat(pattern: PatternToken[], format: FormatToken[]): boolean {
  const n = pattern.length;
  const m = format.length;
  // State (i, j, inVar): i tokens of the pattern consumed, j of the format; inVar: the
  // placeholder at j has consumed at least one character.
  const seen = new Uint8Array((n + 1) * (m + 1) * 2);
  const stack: number[] = [0];
  const key = (i: number, j: number, v: number) => (i * (m + 1) + j) * 2 + v;
  seen[0] = 1;
  const push = (i: number, j: number, v: number) => {
    const k = key(i, j, v);
    if (!seen[k]) {
      seen[k] = 1;
      stack.push(k);
    }
  };
  while (stack.length > 0) {
    const k = stack.pop()!;
    const v = k % 2;
    const ij = (k - v) / 2;
    const i = Math.floor(ij / (m + 1));
    const j = ij % (m + 1);
    if (i === n && j === m && v === 0) return true;
    const p = pattern[i];
    const f = format[j];
    // Epsilon moves: a star may match nothing; a placeholder that consumed something may end.
    if (p?.kind === "star") push(i + 1, j, v);
    if (f?.kind === "var" && v === 1) push(i, j + 1, 0);
    if (!p || !f) continue;
    // Consume one character on both sides.
    const pNext = p.kind === "star" ? i : i + 1;
    if (f.kind === "lit") {
      if (p.kind !== "lit" || p.c === f.c) push(pNext, j + 1, 0);
    } else if (p.kind !== "lit" || allowed(f, p.c)) {
      push(pNext, j, 1);
    }
  }
  return false;
}

/** Convenience: string pattern against string format. */
export function arnPatternMatchesFormat(pattern: string, format: string): boolean {
  return patternOverlapsFormat(tokenisePattern(pattern), tokeniseFormat(format));
}
