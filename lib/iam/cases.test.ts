/**
 * Walks every JSON table in `cases/` and checks the engine against it, one test per case.
 *
 * A case is `{ name, rule, input, expected | expectedError, decidedBy? }` (see SPEC.md). The rule
 * ids are tied to SPEC.md both ways: every rule has a case, every case names a listed rule.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/iam";
import type { Decision, EvaluationInput } from "@/lib/iam";

type Expected = "Allow" | "ExplicitDeny" | "ImplicitDeny";

interface DecidedBy {
  /** Policy type of the deciding statement: identity, resource, trust, scp, rcp, boundary, session. */
  policy: string;
  /** 0-based statement index inside that policy. */
  statement: number;
  /** Optional input path of the policy, e.g. `identityPolicies[1]`. */
  inputPath?: string;
}

interface TableCase {
  name: string;
  rule: string;
  input: EvaluationInput;
  expected?: Expected;
  expectedError?: boolean;
  decidedBy?: DecidedBy;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const casesDir = path.join(here, "cases");

function loadTables(): Map<string, TableCase[]> {
  const tables = new Map<string, TableCase[]>();
  for (const file of readdirSync(casesDir).sort()) {
    if (!file.endsWith(".json")) continue;
    const parsed: unknown = JSON.parse(readFileSync(path.join(casesDir, file), "utf8"));
    if (!Array.isArray(parsed)) throw new Error(`${file}: a case table must be a JSON array`);
    tables.set(file, parsed as TableCase[]);
  }
  return tables;
}

function specRuleIds(): Set<string> {
  const text = readFileSync(path.join(here, "SPEC.md"), "utf8");
  const ids = new Set<string>();
  for (const match of text.matchAll(/^- `([A-Z]+(?:-[A-Z]+)*-\d+)`/gm)) ids.add(match[1]);
  return ids;
}

const tables = loadTables();
const allCases = [...tables.values()].flat();
const ruleIds = specRuleIds();

function describeDeciding(decision: Decision): string {
  return JSON.stringify(
    decision.deciding.map((ref) => ({
      type: ref.policy.type,
      inputPath: ref.policy.inputPath,
      statement: ref.statementIndex,
    })),
  );
}

function checkCase(tc: TableCase): void {
  if (tc.expectedError) {
    let thrown: unknown;
    let result: Decision | undefined;
    try {
      result = evaluate(tc.input);
    } catch (error) {
      thrown = error;
    }
    expect(result?.decision, "expected the input to be rejected with an error").toBeUndefined();
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(/\S/);
    return;
  }
  const decision = evaluate(tc.input);
  expect(decision.decision, decision.summary).toBe(tc.expected);
  if (tc.decidedBy) {
    const { policy, statement, inputPath } = tc.decidedBy;
    const found = decision.deciding.some(
      (ref) =>
        ref.policy.type === policy &&
        ref.statementIndex === statement &&
        (inputPath === undefined || ref.policy.inputPath === inputPath),
    );
    expect(found, `deciding statements were ${describeDeciding(decision)}`).toBe(true);
  }
}

describe("IAM case tables: shape", () => {
  it("given the cases folder, then it holds at least 320 cases", () => {
    expect(allCases.length).toBeGreaterThanOrEqual(320);
  });

  it("given every case, then it has a rule, a name citing it, and exactly one expectation", () => {
    const problems: string[] = [];
    for (const [file, cases] of tables) {
      cases.forEach((tc, index) => {
        const where = `${file}[${index}]`;
        if (typeof tc.rule !== "string") problems.push(`${where}: missing rule`);
        if (typeof tc.name !== "string" || !tc.name.startsWith(`${tc.rule}: `))
          problems.push(`${where}: name must start with "${tc.rule}: "`);
        const hasExpected = tc.expected !== undefined;
        if (hasExpected === (tc.expectedError === true))
          problems.push(`${where}: needs exactly one of expected / expectedError`);
        if (
          hasExpected &&
          !["Allow", "ExplicitDeny", "ImplicitDeny"].includes(tc.expected as string)
        )
          problems.push(`${where}: unknown expected ${String(tc.expected)}`);
        if (typeof tc.input !== "object" || tc.input === null)
          problems.push(`${where}: missing input`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("given every case, then its name is unique", () => {
    const seen = new Set<string>();
    const duplicates = allCases
      .map((tc) => tc.name)
      .filter((name) => seen.size === seen.add(name).size);
    expect(duplicates).toEqual([]);
  });

  it("given SPEC.md, then every rule id has at least one case", () => {
    expect(ruleIds.size).toBeGreaterThan(50);
    const covered = new Set(allCases.map((tc) => tc.rule));
    expect([...ruleIds].filter((id) => !covered.has(id))).toEqual([]);
  });

  it("given every case, then its rule id is listed in SPEC.md", () => {
    expect([...new Set(allCases.map((tc) => tc.rule))].filter((id) => !ruleIds.has(id))).toEqual(
      [],
    );
  });
});

for (const [file, cases] of tables) {
  describe(`IAM case table ${file}`, () => {
    for (const tc of cases) {
      it(tc.name, () => checkCase(tc));
    }
  });
}
