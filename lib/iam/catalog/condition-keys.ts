import type { ConditionKeyType } from "./data";

/** What the catalog knows about one condition key. */
export interface ConditionKeyInfo {
  /** The key as the catalog spells it (`aws:PrincipalTag/${TagKey}`). */
  key: string;
  type: ConditionKeyType;
  multiValued: boolean;
  /** True for keys that apply to every service (`aws:SourceIp`, ...). */
  global: boolean;
}

const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>/g;

/**
 * A lookup table of condition keys that understands placeholders: `aws:ResourceTag/${TagKey}`
 * answers for `aws:ResourceTag/team`. Case-insensitive, as IAM compares key names.
 */
export class ConditionKeyTable {
  private readonly exact = new Map<string, ConditionKeyInfo>();
  private readonly patterns: [RegExp, ConditionKeyInfo][] = [];

  constructor(keys: Iterable<ConditionKeyInfo>) {
    for (const info of keys) {
      if (/\$\{|</.test(info.key)) {
        const source = info.key
          .split(PLACEHOLDER)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"))
          .join(".+");
        this.patterns.push([new RegExp(`^${source}$`, "i"), info]);
      } else if (!this.exact.has(info.key.toLowerCase())) {
        this.exact.set(info.key.toLowerCase(), info);
      }
    }
  }

  /** The entry for a key as written in a policy, or undefined. */
  get(key: string): ConditionKeyInfo | undefined {
    const hit = this.exact.get(key.toLowerCase());
    if (hit) return hit;
    for (const [re, info] of this.patterns) if (re.test(key)) return info;
    return undefined;
  }

  /** Every key in the table. */
  keys(): string[] {
    return [...this.exact.values(), ...this.patterns.map(([, i]) => i)].map((i) => i.key);
  }
}
