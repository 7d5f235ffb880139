/**
 * A terminal session against the simulated account: the account state, who is signed in, the
 * shell variables (`export AWS_ACCESS_KEY_ID=...` switches identity as the real CLI does) and
 * named profiles. {@link runCommand} runs one command line and returns the new session.
 */
import type { Decision } from "@/lib/iam";
import type { AccountEnv, Caller } from "../authorize";
import { call, type CallResult } from "../operation";
import { OPERATIONS } from "../ops";
import type { AccountState } from "../state";
import { formatJson, formatTextOutput } from "./output";
import { parseArgs } from "./parse";
import { QueryError, search } from "./query";
import { s3cp, s3ls } from "./s3";
import { tokenize } from "./tokenize";
import { RC, serviceError, type CommandOutput } from "./usage";

/** A terminal session. Plain data, except `env` (the managed policy catalog). */
export interface CliSession {
  state: AccountState;
  env: AccountEnv;
  /** Who commands run as when no credentials are exported. */
  identity: Caller;
  /** Shell variables (`export NAME=value`). */
  vars: Record<string, string>;
  /** Named profiles (`--profile NAME`). */
  profiles: Record<string, Caller>;
  /** Files `file://` parameters can read. */
  files: Record<string, string>;
}

/** The result of one command line. */
export interface CommandRun extends CommandOutput {
  session: CliSession;
  /** The engine's decisions for the API calls the command made (for the trace view). */
  decisions: Decision[];
}

/** Creates a session signed in as `identity`. */
export function createSession(
  state: AccountState,
  identity: Caller,
  env: AccountEnv = {},
  files: Record<string, string> = {},
): CliSession {
  return { state, env, identity, vars: {}, profiles: {}, files };
}

const PROFILE_NOT_FOUND = (name: string): CommandOutput => ({
  exitCode: RC.other,
  stdout: "",
  stderr: `\nThe config profile (${name}) could not be found\n`,
});

/** The caller the session's credentials sign as, or the error the CLI prints. */
function currentCaller(session: CliSession, profile?: string): Caller | CommandOutput {
  if (profile !== undefined) {
    if (profile === "default") return session.identity;
    return session.profiles[profile] ?? PROFILE_NOT_FOUND(profile);
  }
  const keyId = session.vars.AWS_ACCESS_KEY_ID;
  if (keyId) {
    const issued = session.state.credentials[keyId];
    if (!issued) return { arn: `unknown-access-key:${keyId}` };
    return {
      arn: issued.arn,
      ...(issued.sessionPolicy ? { sessionPolicy: issued.sessionPolicy } : {}),
      ...(issued.chained ? { chained: true } : {}),
    };
  }
  if (session.vars.AWS_PROFILE) return currentCaller(session, session.vars.AWS_PROFILE);
  return session.identity;
}

function shellBuiltin(session: CliSession, words: string[]): CommandRun | undefined {
  const [cmd, ...args] = words;
  if (cmd !== "export" && cmd !== "unset") return undefined;
  const vars = { ...session.vars };
  for (const a of args) {
    if (cmd === "unset") delete vars[a];
    else {
      const eq = a.indexOf("=");
      if (eq > 0) vars[a.slice(0, eq)] = a.slice(eq + 1);
    }
  }
  return { session: { ...session, vars }, exitCode: 0, stdout: "", stderr: "", decisions: [] };
}

/**
 * Runs one command line (`aws ...`, or `export`/`unset` of credentials) as the session's
 * identity, or as `as` for this one command. Never throws: every failure is printed as the CLI
 * prints it, with its exit code.
 */
export function runCommand(session: CliSession, line: string, as?: Caller): CommandRun {
  try {
    return runUnguarded(session, line, as);
  } catch (e) {
    return {
      session,
      decisions: [],
      exitCode: RC.other,
      stdout: "",
      stderr: `\n${(e as Error).message}\n`,
    };
  }
}

function runUnguarded(session: CliSession, line: string, as?: Caller): CommandRun {
  const done = (out: CommandOutput, s = session, decisions: Decision[] = []): CommandRun => ({
    ...out,
    session: s,
    decisions,
  });
  const tokens = tokenize(line, session.vars);
  if (!tokens.ok) return done({ exitCode: 2, stdout: "", stderr: `bash: ${tokens.error}\n` });
  const words = tokens.words;
  if (words.length === 0) return done({ exitCode: 0, stdout: "", stderr: "" });
  const builtin = shellBuiltin(session, words);
  if (builtin) return builtin;
  if (words[0] !== "aws")
    return done({ exitCode: 127, stdout: "", stderr: `bash: ${words[0]}: command not found\n` });
  const parsed = parseArgs(words.slice(1), (path) => session.files[path]);
  if ("exitCode" in parsed) return done(parsed);
  const caller = as ?? currentCaller(session, parsed.globals.profile);
  if ("exitCode" in caller) return done(caller);
  const region =
    parsed.globals.region ??
    session.vars.AWS_REGION ??
    session.vars.AWS_DEFAULT_REGION ??
    "us-east-1";

  let state = session.state;
  const decisions: Decision[] = [];
  const api = (operation: string, params: Record<string, unknown>): CallResult => {
    const r = call(state, session.env, caller, OPERATIONS[operation], params, region);
    decisions.push(...r.decisions);
    state = r.state;
    return r;
  };

  if (parsed.service === "s3") {
    const out =
      parsed.command === "ls"
        ? s3ls(api, parsed.positional, parsed.flags)
        : s3cp(api, parsed.positional);
    return done(out, { ...session, state }, decisions);
  }
  const operation = parsed.spec!.operation;
  const r = api(operation, parsed.params);
  if (!r.ok)
    return done(serviceError(r.error.code, operation, r.error.message), session, decisions);
  let output = r.output;
  if (parsed.globals.query !== undefined && output !== undefined) {
    try {
      output = search(output, parsed.globals.query);
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      return done(
        {
          exitCode: RC.other,
          stdout: "",
          stderr: `\nBad value for --query ${parsed.globals.query}: ${e.message}\n`,
        },
        { ...session, state },
        decisions,
      );
    }
  }
  const stdout = parsed.globals.output === "text" ? formatTextOutput(output) : formatJson(output);
  return done({ exitCode: RC.ok, stdout, stderr: "" }, { ...session, state }, decisions);
}
