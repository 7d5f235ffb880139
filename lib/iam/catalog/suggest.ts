/**
 * Levenshtein distance with an early exit: returns `max + 1` as soon as the distance is known to
 * exceed `max`. Case-insensitive.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidates closest to `word` (at most `limit`, within a distance that grows with the word's
 * length), best first. A candidate that equals the word ignoring case, or starts with it, ranks high.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  const scored: [string, number][] = [];
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = lc === lower ? 0 : editDistance(word, c, max);
    if (d <= max) scored.push([c, d]);
    else if (lower.length >= 4 && lc.startsWith(lower)) scored.push([c, max]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].length - y[0].length || x[0].localeCompare(y[0]));
  return scored.slice(0, limit).map(([c]) => c);
}
