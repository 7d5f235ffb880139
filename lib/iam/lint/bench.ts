/**
 * Micro-benchmark (not a test): warm lint of two ~6,000-character identity policies, a clean
 * realistic one and a finding-heavy one (misspelt actions, duplicated statements).
 * Run: `npx tsx lib/iam/lint/bench.ts [iterations] [--rules]`. Prints one JSON line per scenario;
 * `--rules` adds the slowest rules of each scenario.
 */
import { Catalog } from "../catalog";
import { loadNodeCatalog } from "../catalog/node";
import { lintPolicy } from "./lint";
import { buildView } from "./model";
import { parseJson } from "../parse/json";
import { LINT_RULES } from "./rules";
import type { RuleContext } from "./types";

/** Fills a policy with statements from `make(i)` until its text reaches `target` characters. */
function fill(make: (i: number) => unknown[], target: number): string {
  const statements: unknown[] = [];
  let text = "";
  for (let i = 0; text.length < target; i++) {
    for (const statement of make(i)) {
      statements.push(statement);
      text = JSON.stringify({ Version: "2012-10-17", Statement: statements }, null, 2);
      if (text.length >= target) break;
    }
  }
  return text;
}

/** Builds a policy of realistic statements until its text reaches `target` characters. */
export function benchPolicy(target = 6000): string {
  return fill(
    (i) => [
      {
        Sid: `ReadReports${i}`,
        Effect: "Allow",
        Action: ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging"],
        Resource: `arn:aws:s3:::reports-${i}/home/\${aws:username}/*`,
      },
      {
        Sid: `ListReports${i}`,
        Effect: "Allow",
        Action: "s3:ListBucket",
        Resource: `arn:aws:s3:::reports-${i}`,
        Condition: { StringLike: { "s3:prefix": ["home/${aws:username}/*"] } },
      },
      {
        Sid: `StartStop${i}`,
        Effect: "Allow",
        Action: ["ec2:StartInstances", "ec2:StopInstances"],
        Resource: `arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc${i}`,
        Condition: {
          StringEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" },
          IpAddress: { "aws:SourceIp": "203.0.113.0/24" },
        },
      },
      {
        Sid: `Table${i}`,
        Effect: "Allow",
        Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem"],
        Resource: `arn:aws:dynamodb:eu-west-1:111122223333:table/orders-${i}`,
      },
    ],
    target,
  );
}

const MISSPELT_SERVICES = ["s3", "ec2", "dynamodb", "iam", "lambda", "sqs"];

/**
 * Misspellings of real actions of a few services (one letter dropped, or two swapped), each
 * checked to be no action of the catalog, in a fixed order.
 */
function misspeltActions(catalog: Catalog): string[] {
  const out: string[] = [];
  for (const prefix of MISSPELT_SERVICES) {
    const service = catalog.service(prefix);
    if (!service) continue;
    service.actions.slice(0, 20).forEach(([action], k) => {
      const at = 1 + (k % (action.length - 2));
      const wrong =
        k % 2 === 0
          ? action.slice(0, at) + action.slice(at + 1)
          : action.slice(0, at) + action[at + 1] + action[at] + action.slice(at + 2);
      if (!catalog.action(`${prefix}:${wrong}`)) out.push(`${prefix}:${wrong}`);
    });
  }
  return out;
}

/**
 * Builds a policy full of findings until its text reaches `target` characters: statements of
 * misspelt actions, statements repeated under another Sid, and statements covered by a wider one.
 */
export function findingHeavyPolicy(catalog: Catalog, target = 6000): string {
  const wrong = misspeltActions(catalog);
  return fill(
    (i) => [
      {
        Sid: `Misspelt${i}`,
        Effect: "Allow",
        Action: [0, 1, 2, 3].map((k) => wrong[(i * 4 + k) % wrong.length]),
        Resource: "*",
      },
      {
        Sid: `Read${i}`,
        Effect: "Allow",
        Action: ["s3:GetObject", "s3:GetObjectVersion"],
        Resource: `arn:aws:s3:::reports-${i % 3}/*`,
      },
      {
        Sid: `ReadAgain${i}`,
        Effect: "Allow",
        Action: ["s3:GetObject"],
        Resource: `arn:aws:s3:::reports-${i % 3}/*`,
      },
      {
        Sid: `Deny${i}`,
        Effect: "Deny",
        Action: ["ec2:TerminateInstances", "ec2:StopInstances"],
        Resource: "*",
      },
    ],
    target,
  );
}

/** Mean warm milliseconds of `run` over `iterations`, after a warm-up. */
function warmMs(run: () => void, iterations: number): number {
  for (let i = 0; i < Math.min(200, iterations); i++) run();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return (performance.now() - started) / iterations;
}

/**
 * Mean milliseconds of one lint with a fresh catalog over the same (loaded) source, so that no
 * action lookup or suggestion is cached: the cost of names the catalog has not seen yet.
 */
function uncachedMs(text: string, catalog: Catalog, iterations: number): number {
  let total = 0;
  for (let i = 0; i < iterations; i++) {
    const fresh = new Catalog(catalog.source);
    const started = performance.now();
    lintPolicy(text, { type: "identity", catalog: fresh });
    total += performance.now() - started;
  }
  return total / iterations;
}

/** The `n` slowest rules on this text, warm, in milliseconds per lint. */
function slowestRules(text: string, catalog: Catalog, iterations: number, n = 4) {
  const parsed = parseJson(text);
  if (!parsed.value) return [];
  const ctx: RuleContext = {
    text,
    type: "identity",
    catalog,
    options: { type: "identity", catalog },
    view: buildView(parsed.value),
  };
  return Object.values(LINT_RULES)
    .map((rule) => ({
      rule: rule.code,
      ms: +warmMs(() => rule.check(ctx, () => {}), iterations).toFixed(3),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);
}

function main(): void {
  const iterations = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2000);
  const catalog = loadNodeCatalog();
  const scenarios: [string, string][] = [
    ["clean", benchPolicy()],
    ["finding-heavy", findingHeavyPolicy(catalog)],
  ];
  for (const [scenario, text] of scenarios) {
    const coldStart = performance.now();
    const findings = lintPolicy(text, { type: "identity", catalog });
    const cold = performance.now() - coldStart;
    const warm = warmMs(() => lintPolicy(text, { type: "identity", catalog }), iterations);
    const line: Record<string, unknown> = {
      scenario,
      characters: text.length,
      findings: findings.length,
      coldMs: +cold.toFixed(2),
      warmMs: +warm.toFixed(3),
      uncachedMs: +uncachedMs(text, catalog, Math.ceil(iterations / 20)).toFixed(3),
      iterations,
    };
    if (process.argv.includes("--rules"))
      line.slowest = slowestRules(text, catalog, Math.ceil(iterations / 4));
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main();
