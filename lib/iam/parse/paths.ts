/**
 * Interned JSON paths for the fast lane. Paths such as `Statement[0].Action[1]` repeat from one
 * document to the next; building each with template strings costs several string allocations,
 * so the fast lane takes them from these bounded tables instead (the same text as `pathKey` and
 * `pathIndex` produce).
 */
import { pathIndex, pathKey } from "./path";

const LIMIT = 4000;
const byIndex = new Map<string, string[]>();
const byKey = new Map<string, Map<string, string>>();
let size = 0;

function room(): void {
  if (size < LIMIT) return;
  byIndex.clear();
  byKey.clear();
  size = 0;
}

/** `base[i]`, interned. */
export function indexPath(base: string, i: number): string {
  let list = byIndex.get(base);
  if (list === undefined) {
    room();
    list = [];
    byIndex.set(base, list);
  }
  let p = list[i];
  if (p === undefined) {
    p = pathIndex(base, i);
    // Fill any gap first so the list stays a packed array.
    while (list.length < i) list.push(pathIndex(base, list.length));
    list[i] = p;
    size++;
  }
  return p;
}

/** `base.key` or `base["key"]` (as `pathKey` writes it), interned. */
export function keyPath(base: string, key: string): string {
  let map = byKey.get(base);
  if (map === undefined) {
    room();
    map = new Map();
    byKey.set(base, map);
  }
  let p = map.get(key);
  if (p === undefined) {
    p = pathKey(base, key);
    map.set(key, p);
    size++;
  }
  return p;
}
