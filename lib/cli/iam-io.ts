/** Shared helpers of the `iam` CLI: reading FILE arguments and reporting usage errors. */
import fs from "node:fs";
import { parseJson } from "@/lib/iam";

/** A problem that exits with code 2 and a one-line reason on stderr. */
export class UsageError extends Error {}

/** Output streams and stdin, injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

/** The real process streams. */
export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => fs.readFileSync(0, "utf8"),
};

/** Reads FILE (`-` for stdin) and parses it as JSON; throws `UsageError` naming the file and place. */
export function readJsonFile(file: string, io: CliIo): unknown {
  let text: string;
  try {
    text = file === "-" ? io.readStdin() : fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(
      `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    const d = parseJson(text, { maxLength: Number.MAX_SAFE_INTEGER, maxDepth: 10_000 }).errors[0];
    const where = d
      ? ` at line ${d.line}, column ${d.column}${d.path ? ` (${d.path})` : ""}: ${d.message}`
      : "";
    throw new UsageError(`${file}: not valid JSON${where}`);
  }
}
