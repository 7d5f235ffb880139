import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const bundle = path.join(root, "node_modules", ".cache", "least-privilege", "iam.mjs");
const benchFile = "lib/iam/bench/lesson-requests.json";

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: root, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const viaRunner = (entry: string, args: string[]) =>
  run("node", ["lib/cli/run.mjs", entry, ...args]);
const viaTsx = (entry: string, args: string[]) =>
  run(path.join(root, "node_modules", ".bin", "tsx"), [`lib/cli/${entry}.ts`, ...args]);

describe("pre-bundled CLI runner (lib/cli/run.mjs)", () => {
  it("given the bench inputs, when evaluated through the runner and through tsx, then the output is identical", () => {
    const a = viaRunner("iam", ["evaluate", benchFile]);
    const b = viaTsx("iam", ["evaluate", benchFile]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(1000);
  });

  it("given the lessons CLI, when listing through the runner and through tsx, then the output is identical", () => {
    const a = viaRunner("lessons", ["list"]);
    const b = viaTsx("lessons", ["list"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it("given bad usage, when run through the runner, then the exit code and stderr match tsx", () => {
    const a = viaRunner("iam", ["frobnicate"]);
    const b = viaTsx("iam", ["frobnicate"]);
    expect(a.code).toBe(2);
    expect(a.code).toBe(b.code);
    expect(a.stderr).toBe(b.stderr);
    expect(a.stdout).toBe("");
  });

  it("given a bundle older than its sources, when the runner starts, then it rebuilds the bundle", () => {
    expect(viaRunner("iam", ["evaluate", benchFile]).code).toBe(0);
    fs.utimesSync(bundle, new Date(0), new Date(0));
    const r = viaRunner("iam", ["evaluate", benchFile]);
    expect(r.code).toBe(0);
    expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 120_000);
  });

  it("given an unknown entry, when the runner starts, then it prints its usage and exits 2", () => {
    const r = viaRunner("nope", []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage: node lib/cli/run.mjs <iam|lessons|sim>");
  });
});
