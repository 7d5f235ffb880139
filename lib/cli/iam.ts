/**
 * `npm run --silent iam -- <command>`: the IAM engine from a terminal.
 *   evaluate FILE [--no-trace]   decide one evaluation input or an array of them
 *   bench FILE [--seconds N]     measure cold and warm evaluations per second
 *   lint FILE [--type T]         lint one policy document (see iam-lint.ts)
 * JSON only on stdout; one-line errors on stderr; exit 0 ok, 1 failure, 2 bad usage or input.
 * See `../shared/contracts/cli.md`.
 */
import { benchCommand } from "./iam-bench";
import { evaluateCommand } from "./iam-evaluate";
import { UsageError, processIo, type CliIo } from "./iam-io";

const USAGE =
  "usage: iam evaluate FILE [--no-trace] | bench FILE [--seconds N] | lint FILE [--type T]";

async function lint(args: string[], io: CliIo): Promise<number> {
  let mod: { lintCommand?: (args: string[], io?: CliIo) => Promise<number> | number };
  try {
    mod = await import("./iam-lint");
  } catch (e) {
    io.stderr(`iam lint: the linter is not available (${(e as Error).message.split("\n")[0]})\n`);
    return 1;
  }
  if (typeof mod.lintCommand !== "function") {
    io.stderr(
      "iam lint: the linter is not available (lib/cli/iam-lint.ts exports no lintCommand)\n",
    );
    return 1;
  }
  return mod.lintCommand(args, io);
}

/** Dispatches a command line; returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "evaluate":
        return evaluateCommand(args, io);
      case "bench":
        return benchCommand(args, io);
      case "lint":
        return await lint(args, io);
      default:
        throw new UsageError(
          command === undefined ? USAGE : `unknown command ${JSON.stringify(command)}; ${USAGE}`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`iam ${command ?? ""}: ${e.message}\n`.replace("iam : ", "iam: "));
      return 2;
    }
    io.stderr(`iam ${command}: internal error: ${(e as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`iam: internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
