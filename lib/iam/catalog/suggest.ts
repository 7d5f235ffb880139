/** Scratch rows for `distance`, grown on demand and reused so a search allocates nothing. */
let rowA = new Uint32Array(64);
let rowB = new Uint32Array(64);

/** Levenshtein distance of two lower-cased words, `max + 1` once it is known to exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Uint32Array(n + 1);
    rowB = new Uint32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let d = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/**
 * Levenshtein distance with an early exit: returns `max + 1` as soon as the distance is known to
 * exceed `max`. Case-insensitive.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  return distance(a.toLowerCase(), b.toLowerCase(), max);
}

/**
 * Levenshtein distance of two lower-cased words when it is at most `max`, else `max + 1`. Only the
 * band of cells within `max` of the diagonal is computed: no path through the others stays within
 * `max`.
 */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const over = max + 1;
  if (rowA.length <= n + 1) {
    rowA = new Uint32Array(n + 2);
    rowB = new Uint32Array(n + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const from = i - max > 1 ? i - max : 1;
    const to = i + max < n ? i + max : n;
    cur[from - 1] = from === 1 && i <= max ? i : over;
    let rowMin = cur[from - 1];
    for (let j = from; j <= to; j++) {
      let d = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      if (d > over) d = over;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (to < n) cur[to + 1] = over;
    if (rowMin > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/** How often each character class (char code mod 32) occurs in a word. */
function letterCounts(word: string): Uint16Array {
  const counts = new Uint16Array(32);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) & 31]++;
  return counts;
}

/**
 * A lower bound of the edit distance from letter counts: each edit removes at most one surplus
 * character from each side.
 */
function countsBound(a: Uint16Array, b: Uint16Array): number {
  let more = 0;
  let fewer = 0;
  for (let k = 0; k < 32; k++) {
    const d = a[k] - b[k];
    if (d > 0) more += d;
    else fewer -= d;
  }
  return more > fewer ? more : fewer;
}

/** A suggestion candidate with its lower-cased spelling and letter counts, computed once. */
export interface Candidate {
  name: string;
  lower: string;
  counts: Uint16Array;
}

/** Prepares candidates for repeated `closestCandidates` calls. */
export function toCandidates(names: Iterable<string>): Candidate[] {
  return Array.from(names, (name) => {
    const lower = name.toLowerCase();
    return { name, lower, counts: letterCounts(lower) };
  });
}

/**
 * `closest` over candidates already lower-cased (see `toCandidates`): the same answer, without
 * lower-casing every candidate on every search. Candidates whose length or letter counts differ
 * from the word's by more than the allowed distance are skipped before any distance is computed.
 */
export function closestCandidates(
  word: string,
  candidates: readonly Candidate[],
  limit = 3,
): string[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  const scored: [string, number][] = [];
  const lower = word.toLowerCase();
  const prefixes = lower.length >= 4;
  const counts = letterCounts(lower);
  for (const c of candidates) {
    const lc = c.lower;
    const d =
      Math.abs(lc.length - lower.length) > max || countsBound(counts, c.counts) > max
        ? max + 1
        : boundedDistance(lower, lc, max);
    if (d <= max) scored.push([c.name, d]);
    else if (prefixes && lc.startsWith(lower)) scored.push([c.name, max]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].length - y[0].length || x[0].localeCompare(y[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

/**
 * The candidates closest to `word` (at most `limit`, within a distance that grows with the word's
 * length), best first. A candidate that equals the word ignoring case, or starts with it, ranks high.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  return closestCandidates(word, toCandidates(candidates), limit);
}
