/**
 * `iam bench FILE [--seconds N]`: evaluates the inputs round-robin, first cold (every
 * evaluation parses and validates its policies from the raw input), then warm (policies
 * prepared once), each for N/2 seconds after a short warm-up, and prints evaluations per second.
 * Both phases use the decision fast path (decision, reason, deciding statements, summary;
 * no per-statement trace).
 */
import {
  InvalidInputError,
  evaluate,
  prepare,
  type EvaluationInput,
  type PreparedInput,
} from "@/lib/iam";
import { UsageError, readJsonFile, type CliIo } from "./iam-io";

const USAGE = "usage: iam bench FILE [--seconds N]";

function readSeconds(args: string[]): { file: string; seconds: number } {
  let seconds = 3;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--seconds" || a.startsWith("--seconds=")) {
      const v = a === "--seconds" ? args[++i] : a.slice(10);
      seconds = Number(v);
      if (!v || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
        throw new UsageError(
          `--seconds must be a positive number of seconds, got ${JSON.stringify(v ?? "")}`,
        );
      }
    } else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(USAGE);
  return { file: files[0], seconds };
}

/** Runs `fn(i)` round-robin over `n` inputs for `ms` milliseconds; returns evaluations per second. */
function measure(n: number, ms: number, fn: (i: number) => string): number {
  let count = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let k = 0; k < 64; k++) {
      sink += fn(count % n).length;
      count++;
    }
    now = performance.now();
  }
  if (sink < 0) throw new Error("unreachable");
  return Math.round((count * 1000) / (now - start));
}

/** Runs `bench`; returns the exit code. */
export function benchCommand(args: string[], io: CliIo): number {
  const { file, seconds } = readSeconds(args);
  const data = readJsonFile(file, io);
  const inputs = (Array.isArray(data) ? data : [data]) as EvaluationInput[];
  if (inputs.length === 0) throw new UsageError(`${file}: holds no evaluation inputs`);
  const prepared: PreparedInput[] = inputs.map((input, i) => {
    try {
      const p = prepare(input);
      evaluate(p, { trace: false });
      return p;
    } catch (e) {
      if (e instanceof InvalidInputError)
        throw new UsageError(`${file}: [${i}] ${e.issues[0].message}`);
      throw e;
    }
  });
  const n = inputs.length;
  const phase = (seconds * 1000) / 2;
  const warmup = Math.min(300, phase / 5);
  const cold = (i: number) => evaluate(inputs[i], { trace: false }).decision;
  const warm = (i: number) => evaluate(prepared[i], { trace: false }).decision;
  measure(n, warmup, cold);
  const coldRate = measure(n, phase, cold);
  measure(n, warmup, warm);
  const warmRate = measure(n, phase, warm);
  const heapUsedBytes = process.memoryUsage().heapUsed;
  io.stdout(
    `${JSON.stringify({ cases: n, cold: { evaluationsPerSecond: coldRate }, warm: { evaluationsPerSecond: warmRate }, heapUsedBytes })}\n`,
  );
  return 0;
}
