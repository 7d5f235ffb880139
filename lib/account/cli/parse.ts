/**
 * Parses `aws` argument words against the command table: global options anywhere, then
 * `<service> <command>`, then the command's `--flag value` / `--flag=value` parameters.
 */
import { COMMANDS, S3_COMMANDS, SERVICES, type ArgSpec, type CommandSpec } from "./spec";
import { parseShorthand } from "./shorthand";
import { invalidChoice, paramError, unknownOptions, usageError, type CommandOutput } from "./usage";

/** Global options the simulator reads (others are accepted and ignored). */
export interface Globals {
  output: "json" | "text" | "table";
  query?: string;
  profile?: string;
  region?: string;
}

/** A parsed command line. */
export interface ParsedCommand {
  globals: Globals;
  service: string;
  command: string;
  /** The API spec, for API commands (undefined for `aws s3 ...`). */
  spec?: CommandSpec;
  params: Record<string, unknown>;
  /** Positional words (for `aws s3 ls s3://b`, `aws s3 cp A B`). */
  positional: string[];
  /** Flags given to high-level s3 commands (`--recursive`). */
  flags: Set<string>;
}

/** Reads a `file://` or `fileb://` parameter value from the virtual files. */
export type FileReader = (path: string) => string | undefined;

const GLOBAL_WITH_VALUE = new Set([
  "--output",
  "--query",
  "--profile",
  "--region",
  "--endpoint-url",
  "--cli-read-timeout",
  "--cli-connect-timeout",
  "--color",
  "--ca-bundle",
  "--cli-binary-format",
]);
const GLOBAL_FLAGS = new Set([
  "--debug",
  "--no-verify-ssl",
  "--no-paginate",
  "--no-sign-request",
  "--no-cli-pager",
  "--cli-auto-prompt",
  "--no-cli-auto-prompt",
]);
const OUTPUTS = ["json", "text", "table", "yaml", "yaml-stream"];

function splitEq(word: string): [string, string | undefined] {
  const eq = word.indexOf("=");
  return word.startsWith("--") && eq > 0
    ? [word.slice(0, eq), word.slice(eq + 1)]
    : [word, undefined];
}

function readValue(value: string, flag: string, files: FileReader): string | CommandOutput {
  const m = /^(fileb?):\/\/(.*)$/.exec(value);
  if (!m) return value;
  const content = files(m[2]);
  if (content !== undefined) return content;
  return paramError(
    `Error parsing parameter '${flag}': Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${m[2]}'`,
  );
}

function structs(values: string[], spec: ArgSpec): unknown[] | CommandOutput {
  if (values.length > 0 && /^\s*\[/.test(values[0])) {
    try {
      const v = JSON.parse(values.join(" "));
      if (Array.isArray(v)) return v;
    } catch {
      // falls through to the shorthand error below
    }
    return paramError(`Error parsing parameter '${spec.flag}': Invalid JSON:\n${values.join(" ")}`);
  }
  const out: unknown[] = [];
  for (const v of values) {
    const parsed = parseShorthand(v, spec.listKeys);
    if (!parsed)
      return paramError(
        `Error parsing parameter '${spec.flag}': Expected: '=', received: 'EOF' for input:\n${v}`,
      );
    out.push(parsed);
  }
  return out;
}

/** Parses the words after `aws`; returns the command or the output of a usage error. */
export function parseArgs(
  words: readonly string[],
  files: FileReader,
): ParsedCommand | CommandOutput {
  const globals: Globals = { output: "json" };
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [flag, inline] = splitEq(words[i]);
    if (GLOBAL_WITH_VALUE.has(flag)) {
      const value = inline ?? words[++i];
      if (value === undefined) return usageError(`argument ${flag}: expected one argument`);
      if (flag === "--output") {
        if (!OUTPUTS.includes(value)) return invalidChoice("--output", value, OUTPUTS);
        if (value !== "json" && value !== "text")
          return paramError(
            `Output format ${value} is not available in this simulator (use json or text).`,
          );
        globals.output = value;
      } else if (flag === "--query") globals.query = value;
      else if (flag === "--profile") globals.profile = value;
      else if (flag === "--region") globals.region = value;
    } else if (!GLOBAL_FLAGS.has(flag)) rest.push(words[i]);
  }
  const [service, command, ...args] = rest;
  const services = [...SERVICES];
  if (service === undefined) return usageError("the following arguments are required: command");
  if (!services.includes(service as (typeof SERVICES)[number]))
    return invalidChoice("command", service, services);
  const table = service === "s3" ? [...S3_COMMANDS] : Object.keys(COMMANDS[service]).sort();
  if (command === undefined) return usageError("the following arguments are required: operation");
  if (!table.includes(command)) return invalidChoice("operation", command, table);

  if (service === "s3") {
    const positional: string[] = [];
    const flags = new Set<string>();
    const unknown: string[] = [];
    for (const a of args) {
      if (["--recursive", "--human-readable", "--summarize", "--quiet"].includes(a)) flags.add(a);
      else if (a.startsWith("--")) unknown.push(a);
      else positional.push(a);
    }
    if (unknown.length > 0) return unknownOptions(unknown);
    return { globals, service, command, params: {}, positional, flags };
  }

  const spec = COMMANDS[service][command];
  const params: Record<string, unknown> = {};
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitEq(args[i]);
    const negated = flag.startsWith("--no-") ? `--${flag.slice(5)}` : undefined;
    const arg =
      spec.args.find((a) => a.flag === flag) ??
      spec.args.find((a) => a.type === "boolean" && a.flag === negated);
    if (!arg) {
      unknown.push(args[i]);
      continue;
    }
    seen.add(arg.flag);
    if (arg.type === "boolean") {
      params[arg.key] = flag === arg.flag;
      continue;
    }
    const values: string[] = [];
    if (inline !== undefined) values.push(inline);
    const many = arg.type === "list" || arg.type === "structs";
    while (i + 1 < args.length && !args[i + 1].startsWith("--") && (many || values.length === 0))
      values.push(args[++i]);
    if (values.length === 0)
      return usageError(
        `argument ${arg.flag}: expected ${many ? "at least one argument" : "one argument"}`,
      );
    if (arg.type === "list") params[arg.key] = values;
    else if (arg.type === "structs") {
      const parsed = structs(values, arg);
      if (!Array.isArray(parsed)) return parsed;
      params[arg.key] = parsed;
    } else {
      const value = readValue(values[0], arg.flag, files);
      if (typeof value !== "string") return value;
      if (arg.type === "integer") {
        if (!/^-?\d+$/.test(value.trim()))
          return paramError(
            `Error parsing parameter '${arg.flag}': invalid literal for int() with base 10: '${value}'`,
          );
        params[arg.key] = Number(value.trim());
      } else params[arg.key] = value;
    }
  }
  const missing = spec.args.filter((a) => a.required && !seen.has(a.flag)).map((a) => a.flag);
  if (missing.length > 0)
    return usageError(`the following arguments are required: ${missing.join(", ")}`);
  if (unknown.length > 0) return unknownOptions(unknown);
  const empty = spec.args.find(
    (a) => a.type === "string" && params[a.key] === "" && a.key !== "Prefix",
  );
  if (empty)
    return paramError(
      `Parameter validation failed:\nInvalid length for parameter ${empty.key}, value: 0, valid min length: 1`,
    );
  return { globals, service, command, spec, params, positional: [], flags: new Set() };
}
