import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function iam(args: string[], stdin?: string) {
  const r = spawnSync("npx", ["tsx", "lib/cli/iam.ts", ...args], {
    cwd: root,
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const input = {
  request: {
    principal: "arn:aws:iam::111122223333:user/alice",
    action: "s3:GetObject",
    resource: "arn:aws:s3:::docs/a",
  },
  identityPolicies: [
    {
      Version: "2012-10-17",
      Statement: [{ Sid: "Read", Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
    },
  ],
};

describe("iam CLI", () => {
  it("given one input on stdin, when evaluating, then one decision with the deciding statement is printed", () => {
    const r = iam(["evaluate", "-"], JSON.stringify(input));
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.decision).toBe("Allow");
    expect(d.deciding[0]).toMatchObject({
      sid: "Read",
      statementIndex: 0,
      policy: { inputPath: "identityPolicies[0]" },
    });
  }, 60_000);

  it("given a batch with an invalid item, then it yields an error in place and exit 0", () => {
    const bad = {
      ...input,
      identityPolicies: [
        {
          Version: "2012-10-17",
          Statement: [{ Effect: "allow", Action: "s3:GetObject", Resource: "*" }],
        },
      ],
    };
    const r = iam(["evaluate", "-", "--no-trace"], JSON.stringify([input, bad]));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out[0].decision).toBe("Allow");
    expect(out[1].error).toContain("identityPolicies[0]: Statement[0].Effect");
  }, 60_000);

  it("given an invalid single input or unreadable file, then exit 2 with a one-line reason naming the file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iam-cli-"));
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(
      file,
      '{"request": {"principal": "x", "action": "s3:GetObject", "resource": "*"}, "identityPolicies": [{"Statement": 3}]}',
    );
    const r = iam(["evaluate", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain("identityPolicies[0]");
    expect(iam(["evaluate", path.join(dir, "missing.json")]).code).toBe(2);
    fs.writeFileSync(file, "{ nope");
    expect(iam(["evaluate", file]).stderr).toContain("line 1, column 3");
  }, 60_000);

  it("given bench with --seconds, then it prints the contract's figures", () => {
    const r = iam(["bench", "-", "--seconds", "0.4"], JSON.stringify([input]));
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.cases).toBe(1);
    expect(b.cold.evaluationsPerSecond).toBeGreaterThan(0);
    expect(b.warm.evaluationsPerSecond).toBeGreaterThan(0);
    expect(b.heapUsedBytes).toBeGreaterThan(0);
  }, 60_000);

  it("given an unknown command, then exit 2 with usage", () => {
    const r = iam(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage");
  }, 60_000);
});
