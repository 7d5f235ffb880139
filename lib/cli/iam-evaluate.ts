/**
 * `iam evaluate FILE [--no-trace]`: one evaluation input or an array of them; prints one
 * decision or an array in the same order. In a batch an invalid input yields `{"error": ...}`.
 */
import { InvalidInputError, evaluate, toDecisionJson, type EvaluationInput } from "@/lib/iam";
import { UsageError, readJsonFile, type CliIo } from "./iam-io";

const USAGE = "usage: iam evaluate FILE [--no-trace]   (FILE may be - for stdin)";

function decide(input: unknown, trace: boolean): Record<string, unknown> {
  return toDecisionJson(evaluate(input as EvaluationInput, { trace }), { trace });
}

function reason(e: unknown): string {
  if (e instanceof InvalidInputError) return e.issues.map((i) => i.message).join("; ");
  return `internal error: ${(e as Error).message}`;
}

/** Runs `evaluate`; returns the exit code. */
export function evaluateCommand(args: string[], io: CliIo): number {
  const trace = !args.includes("--no-trace");
  const rest = args.filter((a) => a !== "--no-trace");
  if (rest.length !== 1) throw new UsageError(USAGE);
  const file = rest[0];
  const data = readJsonFile(file, io);
  if (Array.isArray(data)) {
    const out = data.map((input, i) => {
      try {
        return decide(input, trace);
      } catch (e) {
        return { error: `[${i}] ${reason(e)}` };
      }
    });
    io.stdout(`${JSON.stringify(out)}\n`);
    return 0;
  }
  try {
    io.stdout(`${JSON.stringify(decide(data, trace))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InvalidInputError) throw new UsageError(`${file}: ${e.issues[0].message}`);
    throw e;
  }
}
