/**
 * A small bounded memo for pure compile steps (glob patterns, operator names): the same
 * pattern text always compiles to the same immutable matcher, so lessons that re-parse their
 * policies on every keystroke do not recompile unchanged patterns. Cleared when full.
 */
export class CompileCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 2000) {}

  /** Returns the cached value for `key`, or undefined. */
  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores a value, clearing the cache first when it is full. */
  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
