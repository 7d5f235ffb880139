/**
 * `npm run --silent sim -- run FILE`: runs `aws` commands against a simulated account (the
 * `lib/account` model and CLI). FILE holds `{ "lesson": "ID" }` or `{ "scenario": {...} }` and
 * `"commands": [{ "run": "aws ...", "as": "arn:..." }]`. Prints one `{ command, exitCode, stdout,
 * stderr }` per command. Exit 0 when it ran them, 2 for a FILE it cannot read or use.
 * See `../shared/contracts/cli.md`.
 */
import fs from "node:fs";
import { COURSE } from "@/lessons";
import {
  createSession,
  defaultCaller,
  fromWorld,
  runCommand,
  type AccountEnv,
  type CliSession,
} from "@/lib/account";
import { loadNodeCatalog } from "@/lib/iam/catalog/node";
import { loadCourse, scenarioSchema, zodIssues } from "@/lib/lessons";
import type { World } from "@/lib/sim";

class UsageError extends Error {}

const USAGE = "usage: sim run FILE";

interface RunFile {
  world: World;
  startAs?: string;
  commands: { run: string; as?: string }[];
  files: Record<string, string>;
}

function readFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new UsageError(
      `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: is not valid JSON: ${(e as Error).message}`);
  }
}

/** Checks the run file's shape; every problem names the file and the JSON path. */
function readRunFile(file: string): RunFile {
  const data = readFile(file);
  const bad = (path: string, message: string) => new UsageError(`${file}: ${path}: ${message}`);
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw bad("(document)", 'must be an object with "lesson" or "scenario" and "commands"');
  const doc = data as Record<string, unknown>;
  let world: World;
  let startAs: string | undefined;
  if (typeof doc.lesson === "string") {
    const lesson = loadCourse(COURSE).lesson(doc.lesson);
    if (!lesson) throw bad("lesson", `unknown lesson id "${doc.lesson}" (see \`lessons list\`)`);
    world = lesson.scenario;
    if (lesson.task.kind === "console") startAs = lesson.task.startAs;
  } else if (doc.scenario !== undefined) {
    const parsed = scenarioSchema.safeParse(doc.scenario);
    if (!parsed.success) {
      const first = zodIssues(parsed.error)[0];
      throw bad(
        `scenario${first?.path ? `.${first.path}` : ""}`.replace(/\.\[/g, "["),
        first?.message ?? "invalid",
      );
    }
    world = parsed.data;
  } else throw bad("(document)", 'needs "lesson" (a lesson id) or "scenario"');
  if (doc.startAs !== undefined) {
    if (typeof doc.startAs !== "string") throw bad("startAs", "must be a string");
    startAs = doc.startAs;
  }
  if (!Array.isArray(doc.commands))
    throw bad("commands", 'must be an array of { "run": "aws ..." }');
  const commands = doc.commands.map((c, i) => {
    if (typeof c === "string") return { run: c };
    if (typeof c !== "object" || c === null || typeof (c as { run?: unknown }).run !== "string")
      throw bad(`commands[${i}].run`, "must be a string");
    const as = (c as { as?: unknown }).as;
    if (as !== undefined && typeof as !== "string")
      throw bad(`commands[${i}].as`, "must be a string");
    return { run: (c as { run: string }).run, ...(as !== undefined ? { as } : {}) };
  });
  const files: Record<string, string> = {};
  if (doc.files !== undefined) {
    if (typeof doc.files !== "object" || doc.files === null)
      throw bad("files", "must be an object");
    for (const [k, v] of Object.entries(doc.files))
      files[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return { world, startAs, commands, files };
}

/** The AWS managed policies, from the generated catalog when there is one. */
function managedPolicyEnv(): AccountEnv {
  try {
    const catalog = loadNodeCatalog();
    return { awsManaged: (name) => catalog.getManagedPolicy(name) };
  } catch {
    return {};
  }
}

function run(args: string[]): unknown {
  const [command, file, ...rest] = args;
  if (command !== "run" || file === undefined || rest.length > 0) throw new UsageError(USAGE);
  const input = readRunFile(file);
  const state = fromWorld(input.world);
  let session: CliSession = createSession(
    state,
    defaultCaller(state, input.startAs),
    managedPolicyEnv(),
    input.files,
  );
  return input.commands.map((c) => {
    const as = c.as === undefined ? undefined : defaultCaller(session.state, c.as);
    const r = runCommand(session, c.run, as);
    session = r.session;
    return { command: c.run, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  });
}

function main(): void {
  try {
    const out = run(process.argv.slice(2));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } catch (e) {
    process.stderr.write(`sim: ${(e as Error).message.split("\n")[0]}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}

main();
