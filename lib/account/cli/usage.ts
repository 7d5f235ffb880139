/**
 * The CLI's error texts, in the classic form of AWS CLI v2 before 2.34 (`cli_error_format`
 * `legacy`, the form most tutorials show): service errors `An error occurred (Code) when calling
 * the Op operation: ...` (exit 254); argparse errors after the usage block (exit 252).
 */

/** The usage block argparse prints before an error. */
export const USAGE =
  "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
  "To see help text, you can run:\n" +
  "\n" +
  "  aws help\n" +
  "  aws <command> help\n" +
  "  aws <command> <subcommand> help\n";

/** Exit codes of CLI v2. */
export const RC = {
  ok: 0,
  s3Failed: 1,
  usage: 252,
  config: 253,
  service: 254,
  other: 255,
} as const;

/** What one command printed and returned. */
export interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** An argparse error: usage block, then `aws: error: MESSAGE`. */
export function usageError(message: string): CommandOutput {
  return { exitCode: RC.usage, stdout: "", stderr: `\n${USAGE}\naws: error: ${message}\n` };
}

/** `Unknown options: --bogus, 1` after the usage block. */
export function unknownOptions(options: readonly string[]): CommandOutput {
  return {
    exitCode: RC.usage,
    stdout: "",
    stderr: `\n${USAGE}\nUnknown options: ${options.join(", ")}\n`,
  };
}

/** argparse's `Invalid choice` message, two choices a line padded to 40, plus close matches. */
export function invalidChoice(argument: string, value: string, choices: readonly string[]) {
  const lines = ["Invalid choice, valid choices are:\n"];
  for (let i = 0; i < choices.length; i += 2)
    lines.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(" | "),
    );
  const close = closeMatches(value, choices);
  if (close.length > 0) {
    lines.push(`\n\nInvalid choice: '${value}', maybe you meant:\n`);
    for (const c of close) lines.push(`  * ${c}`);
  }
  return usageError(`argument ${argument}: ${lines.join("\n")}`);
}

/** A client-side parameter error (`Parameter validation failed:` ...). */
export function paramError(text: string): CommandOutput {
  return { exitCode: RC.usage, stdout: "", stderr: `\n${text}\n` };
}

/** A service error as the CLI prints it. */
export function serviceError(code: string, operation: string, message: string): CommandOutput {
  return {
    exitCode: RC.service,
    stdout: "",
    stderr: `\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`,
  };
}

/** Ratcliff/Obershelp similarity, as Python's difflib `SequenceMatcher.ratio` computes it. */
function ratio(a: string, b: string): number {
  const matches = (s1: string, s2: string): number => {
    if (!s1 || !s2) return 0;
    let best = 0;
    let bi = 0;
    let bj = 0;
    for (let i = 0; i < s1.length; i++)
      for (let j = 0; j < s2.length; j++) {
        let k = 0;
        while (i + k < s1.length && j + k < s2.length && s1[i + k] === s2[j + k]) k++;
        if (k > best) [best, bi, bj] = [k, i, j];
      }
    if (best === 0) return 0;
    return (
      best +
      matches(s1.slice(0, bi), s2.slice(0, bj)) +
      matches(s1.slice(bi + best), s2.slice(bj + best))
    );
  };
  return (2 * matches(a, b)) / (a.length + b.length || 1);
}

/** Up to three choices with similarity >= 0.8, best first (difflib `get_close_matches`). */
export function closeMatches(value: string, choices: readonly string[]): string[] {
  return choices
    .map((c) => ({ c, r: ratio(value, c) }))
    .filter((x) => x.r >= 0.8)
    .sort((x, y) => y.r - x.r)
    .slice(0, 3)
    .map((x) => x.c);
}
