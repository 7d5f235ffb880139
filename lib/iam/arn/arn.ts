/**
 * ARNs: `arn:partition:service:region:account-id:resource`. The resource part may itself hold
 * colons (`arn:aws:logs:us-east-1:1:log-group:name:*`), so only the first five colons split.
 */
import { CompileCache } from "../wildcard/cache";
import { compileWildcard, type WildcardMatcher } from "../wildcard/wildcard";

/** The six parts of an ARN. */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon, e.g. `user/alice` or `bucket/key.txt`. */
  resource: string;
}

/** Splits an ARN into its parts; returns undefined when the text is not `arn:` plus five colons. */
export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith("arn:")) return undefined;
  const parts: string[] = [];
  let start = 4;
  for (let k = 0; k < 4; k++) {
    const i = text.indexOf(":", start);
    if (i < 0) return undefined;
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  return {
    partition: parts[0],
    service: parts[1],
    region: parts[2],
    account: parts[3],
    resource: text.slice(start),
  };
}

/** The account id in an ARN, or undefined when it has none (S3 buckets) or is not an ARN. */
export function accountOfArn(text: string): string | undefined {
  const arn = parseArn(text);
  return arn && arn.account !== "" ? arn.account : undefined;
}

/** A compiled `Arn*` condition pattern: six segments, each a case-sensitive glob. */
export interface ArnPattern {
  test(arn: string): boolean;
}

/**
 * Compiles an ARN pattern for ArnEquals/ArnLike: each of the six colon-delimited parts is
 * matched separately (so `*` does not cross a colon in the first five parts). A pattern with
 * fewer than six parts (other than a lone `*`) only matches the identical text.
 */
export function compileArnPattern(pattern: string): ArnPattern {
  return new ArnGlob(pattern);
}

/** Request ARNs already split (`null` when not an ARN): the same values recur. */
const requestArns = new CompileCache<Arn | null>(1000);

function parseRequestArn(s: string): Arn | null {
  let a = requestArns.get(s);
  if (a === undefined) a = requestArns.set(s, parseArn(s) ?? null);
  return a;
}

class ArnGlob implements ArnPattern {
  private readonly segs: WildcardMatcher[] | undefined;

  constructor(private readonly pattern: string) {
    const p = pattern === "*" ? undefined : parseArn(pattern);
    this.segs = p && [
      compileWildcard(p.partition),
      compileWildcard(p.service),
      compileWildcard(p.region),
      compileWildcard(p.account),
      compileWildcard(p.resource),
    ];
  }

  test(s: string): boolean {
    const segs = this.segs;
    if (!segs) return this.pattern === "*" || s === this.pattern;
    const a = parseRequestArn(s);
    if (a === null) return false;
    return (
      segs[0].test(a.partition) &&
      segs[1].test(a.service) &&
      segs[2].test(a.region) &&
      segs[3].test(a.account) &&
      segs[4].test(a.resource)
    );
  }
}

/** True when `arn` matches `pattern` segment by segment (the Arn* condition operators' rule). */
export function arnMatches(pattern: string, arn: string): boolean {
  return compileArnPattern(pattern).test(arn);
}
