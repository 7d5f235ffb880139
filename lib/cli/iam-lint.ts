/**
 * `npm run --silent iam -- lint FILE [--type identity|resource|trust|scp|rcp|boundary|session]`
 *
 * Prints the findings as a JSON array on stdout. FILE may be `-` for standard input. A document
 * that is not valid JSON is still linted (the finding is `json-syntax`). Exit codes: 0 when the
 * document was linted (whatever the findings), 2 for bad usage or an unreadable file.
 */
import fs from "node:fs";
import { loadNodeCatalog } from "../iam/catalog/node";
import { lintPolicy } from "../iam/lint";
import { POLICY_TYPES, type PolicyType } from "../iam/types";

const USAGE = "usage: iam lint FILE [--type identity|resource|trust|scp|rcp|boundary|session]";

/** Output streams, injectable for tests. */
export interface LintIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

const processIo: LintIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => fs.readFileSync(0, "utf8"),
};

/**
 * Runs the lint command with the arguments after `lint` (a leading `lint` is tolerated);
 * returns the process exit code.
 */
export async function lintCommand(argv: string[], io: LintIo = processIo): Promise<number> {
  const args = argv[0] === "lint" && argv.length > 1 ? argv.slice(1) : argv;
  let file: string | undefined;
  let type: PolicyType = "identity";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--type" || a.startsWith("--type=")) {
      const value = a === "--type" ? args[++i] : a.slice("--type=".length);
      if (!value || !POLICY_TYPES.includes(value as PolicyType)) {
        io.stderr(`iam lint: unknown policy type ${JSON.stringify(value ?? "")}; ${USAGE}\n`);
        return 2;
      }
      type = value as PolicyType;
    } else if (a.startsWith("--")) {
      io.stderr(`iam lint: unknown option ${a}; ${USAGE}\n`);
      return 2;
    } else if (file === undefined) {
      file = a;
    } else {
      io.stderr(`iam lint: only one FILE is accepted (got ${JSON.stringify(a)}); ${USAGE}\n`);
      return 2;
    }
  }
  if (file === undefined) {
    io.stderr(`iam lint: missing FILE; ${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = file === "-" ? io.readStdin() : fs.readFileSync(file, "utf8");
  } catch (e) {
    io.stderr(
      `iam lint: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  let catalog;
  try {
    catalog = loadNodeCatalog();
  } catch (e) {
    io.stderr(`iam lint: ${(e as Error).message}\n`);
    return 2;
  }
  const findings = lintPolicy(text, { type, catalog }).map((f) => {
    const out: Record<string, unknown> = {
      code: f.code,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: f.line,
      column: f.column,
    };
    if (f.fix)
      out.fix =
        f.fix.replaceWith !== undefined
          ? { replaceWith: f.fix.replaceWith, title: f.fix.title, edits: f.fix.edits }
          : f.fix;
    return out;
  });
  io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  return 0;
}
