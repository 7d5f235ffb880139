/**
 * Glob matching for IAM's `*` (any run of characters, including none) and `?` (exactly one
 * character), without regular expressions and without backtracking.
 *
 * The pattern is split at `*` into pieces; the first piece is anchored at the start, the last
 * at the end, and each middle piece is found at its leftmost position after the previous one.
 * For `*`/`?` globs leftmost placement is always safe, so the match runs in
 * O(text length x longest piece) with no exponential cases.
 */

import { CompileCache } from "./cache";

/** One token of a glob: literal text, or a wildcard. Literal `*`/`?` come from `${*}`/`${?}`. */
export type WildcardToken = string | { wildcard: "*" | "?" };

/** A compiled glob. */
export interface WildcardMatcher {
  /** True when the whole text matches (the matcher folds case itself when compiled with `ignoreCase`). */
  test(text: string): boolean;
  /** Same as `test`, for callers that already lowercased the text of a case-insensitive matcher. */
  testFolded(text: string): boolean;
  /** True when the pattern has no wildcard (then it is an equality test). */
  readonly literal: boolean;
  /** True when the pattern is a lone `*` (matches everything). */
  readonly matchesAll: boolean;
}

/** A run of pattern characters between stars; `any[i]` marks `?` wildcards. */
interface Piece {
  text: string;
  any: boolean[] | null;
}

const STAR = { wildcard: "*" } as const;
const QMARK = { wildcard: "?" } as const;

/** Splits a plain pattern string into tokens: every `*` and `?` is a wildcard. */
export function tokenizeWildcard(pattern: string): WildcardToken[] {
  const tokens: WildcardToken[] = [];
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 42 || c === 63) {
      if (i > start) tokens.push(pattern.slice(start, i));
      tokens.push(c === 42 ? STAR : QMARK);
      start = i + 1;
    }
  }
  if (start < pattern.length) tokens.push(pattern.slice(start));
  return tokens;
}

const exactCase = new CompileCache<WildcardMatcher>();
const foldedCase = new CompileCache<WildcardMatcher>();

/** Compiles a pattern string where `*` and `?` are wildcards (memoised: matchers are immutable). */
export function compileWildcard(pattern: string, ignoreCase = false): WildcardMatcher {
  const cache = ignoreCase ? foldedCase : exactCase;
  return (
    cache.get(pattern) ??
    cache.set(pattern, compileWildcardTokens(tokenizeWildcard(pattern), ignoreCase))
  );
}

/** Compiles a token list (use this when some `*`/`?` must be literal). */
export function compileWildcardTokens(
  tokens: readonly WildcardToken[],
  ignoreCase = false,
): WildcardMatcher {
  const pieces: Piece[] = [];
  let text = "";
  let any: boolean[] | null = null;
  let stars = 0;
  for (const t of tokens) {
    if (typeof t === "string") {
      const s = ignoreCase ? t.toLowerCase() : t;
      if (any) for (let i = 0; i < s.length; i++) any.push(false);
      text += s;
    } else if (t.wildcard === "?") {
      if (!any) any = new Array<boolean>(text.length).fill(false);
      any.push(true);
      text += "?";
    } else {
      pieces.push({ text, any });
      text = "";
      any = null;
      stars++;
    }
  }
  pieces.push({ text, any });
  return new GlobMatcher(pieces, stars, ignoreCase);
}

/** The compiled glob (a class, so no closures are created per pattern). */
class GlobMatcher implements WildcardMatcher {
  readonly literal: boolean;
  readonly matchesAll: boolean;
  private readonly only: string;
  /** One `*` and no `?` (`s3:Get*`, `arn:aws:s3:::bucket/*`): a prefix and suffix test. */
  private readonly oneStar: boolean;
  private readonly suffix: string;

  constructor(
    private readonly pieces: Piece[],
    private readonly stars: number,
    private readonly ignoreCase: boolean,
  ) {
    this.literal = stars === 0 && pieces[0].any === null;
    this.matchesAll = stars === 1 && pieces[0].text === "" && pieces[1].text === "";
    this.only = pieces[0].text;
    this.oneStar = stars === 1 && pieces[0].any === null && pieces[1].any === null;
    this.suffix = pieces[pieces.length - 1].text;
  }

  test(text: string): boolean {
    return this.testFolded(this.ignoreCase ? text.toLowerCase() : text);
  }

  testFolded(s: string): boolean {
    if (this.literal) return s === this.only;
    if (this.matchesAll) return true;
    if (this.oneStar) {
      const suffix = this.suffix;
      if (s.length < this.only.length + suffix.length || !s.startsWith(this.only)) return false;
      return suffix.length === 0 || s.endsWith(suffix);
    }
    if (this.stars === 0) return s.length === this.only.length && pieceAt(this.pieces[0], s, 0);
    return matchPieces(this.pieces, s);
  }
}

/** True when `text` contains an IAM wildcard (`*` or `?`). */
export function hasWildcard(text: string): boolean {
  return text.includes("*") || text.includes("?");
}

/** One-shot glob match (compiles the pattern each call; prefer `compileWildcard` in loops). */
export function matchWildcard(pattern: string, text: string, ignoreCase = false): boolean {
  return compileWildcard(pattern, ignoreCase).test(text);
}

function pieceAt(p: Piece, s: string, at: number): boolean {
  const t = p.text;
  const any = p.any;
  if (any === null) return s.startsWith(t, at);
  for (let i = 0; i < t.length; i++) {
    if (!any[i] && s.charCodeAt(at + i) !== t.charCodeAt(i)) return false;
  }
  return true;
}

function find(p: Piece, s: string, from: number, last: number): number {
  if (p.any === null) {
    const i = s.indexOf(p.text, from);
    return i >= 0 && i <= last ? i : -1;
  }
  for (let i = from; i <= last; i++) if (pieceAt(p, s, i)) return i;
  return -1;
}

function matchPieces(pieces: Piece[], s: string): boolean {
  const first = pieces[0];
  const lastPiece = pieces[pieces.length - 1];
  const n = s.length;
  if (first.text.length + lastPiece.text.length > n) return false;
  if (!pieceAt(first, s, 0)) return false;
  const end = n - lastPiece.text.length;
  if (!pieceAt(lastPiece, s, end)) return false;
  let pos = first.text.length;
  for (let k = 1; k < pieces.length - 1; k++) {
    const p = pieces[k];
    if (p.text.length === 0) continue;
    const at = find(p, s, pos, end - p.text.length);
    if (at < 0) return false;
    pos = at + p.text.length;
  }
  return pos <= end;
}
