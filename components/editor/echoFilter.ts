/**
 * Tells a parent's echo of typed text from a real outside change of an editor's value.
 *
 * A controlled editor reports every keystroke to its parent, and the parent renders the text back.
 * Under load a render can carry an older text than the editor already holds; writing that back
 * would drop the keystrokes typed since. Every text the editor reported since the parent last
 * caught up is an echo; anything else is a change from outside.
 */
const MAX_PENDING = 256;

export class EchoFilter {
  private pending = new Set<string>();
  private latest: string;

  constructor(initial: string) {
    this.latest = initial;
  }

  /** The editor reported `text` to its parent. */
  emitted(text: string): void {
    this.latest = text;
    this.pending.delete(text);
    this.pending.add(text);
    // A parent that never catches up (it reshapes the text) must not make this grow forever.
    if (this.pending.size > MAX_PENDING) this.pending.delete(this.pending.values().next().value!);
  }

  /**
   * Whether `value` (from the parent) should replace `current` (the editor's text). Once the parent
   * renders the latest reported text, older reports can no longer come back and are forgotten.
   */
  isExternal(value: string, current: string): boolean {
    if (value === this.latest) {
      this.pending.clear();
      return value !== current;
    }
    if (this.pending.has(value)) return false;
    if (value === current) {
      this.latest = value;
      this.pending.clear();
      return false;
    }
    this.latest = value;
    this.pending.clear();
    return true;
  }
}
