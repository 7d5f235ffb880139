/**
 * Micro-benchmark (not a test): warm lint of a realistic ~6,000-character identity policy.
 * Run: `npx tsx lib/iam/lint/bench.ts [iterations]`. Prints one JSON line.
 */
import { loadNodeCatalog } from "../catalog/node";
import { lintPolicy } from "./lint";

/** Builds a policy of realistic statements until its text reaches `target` characters. */
export function benchPolicy(target = 6000): string {
  const statements: unknown[] = [];
  const make = (i: number): unknown[] => [
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
  ];
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

function main(): void {
  const iterations = Number(process.argv[2] ?? 2000);
  const catalog = loadNodeCatalog();
  const text = benchPolicy();
  const coldStart = performance.now();
  const findings = lintPolicy(text, { type: "identity", catalog });
  const cold = performance.now() - coldStart;
  for (let i = 0; i < 200; i++) lintPolicy(text, { type: "identity", catalog });
  const started = performance.now();
  for (let i = 0; i < iterations; i++) lintPolicy(text, { type: "identity", catalog });
  const warm = (performance.now() - started) / iterations;
  process.stdout.write(
    `${JSON.stringify({ characters: text.length, findings: findings.length, coldMs: +cold.toFixed(2), warmMs: +warm.toFixed(3), iterations })}\n`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main();
