import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintCommand, type LintIo } from "./iam-lint";

function run(args: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: LintIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: () => stdin,
  };
  return lintCommand(args, io).then((code) => ({
    code,
    stdout: out.join(""),
    stderr: err.join(""),
  }));
}

function tempFile(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "iam-lint-")), "policy.json");
  fs.writeFileSync(file, text);
  return file;
}

describe("iam lint command", () => {
  it("given a policy with a misspelt action, when linted, then a JSON array of findings with the contract fields is printed", async () => {
    const file = tempFile(
      '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]\n}',
    );
    const r = await run(["lint", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const findings = JSON.parse(r.stdout);
    const f = findings.find((x: { code: string }) => x.code === "unknown-action");
    expect(f).toMatchObject({
      severity: "error",
      path: "Statement[0].Action",
      line: 3,
      fix: { replaceWith: "s3:GetObject" },
    });
    expect(Object.keys(f).slice(0, 6)).toEqual([
      "code",
      "severity",
      "message",
      "path",
      "line",
      "column",
    ]);
  });

  it("given malformed JSON on stdin, when linted, then json-syntax is reported with exit 0", async () => {
    const r = await run(["-"], '{"Version": "2012-10-17",');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].code).toBe("json-syntax");
  });

  it("given --type trust, when a trust policy is linted, then trust rules apply", async () => {
    const file = tempFile(
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "ec2.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
        ],
      }),
    );
    expect(JSON.parse((await run([file, "--type", "trust"])).stdout)).toEqual([]);
    const asIdentity = JSON.parse((await run([file])).stdout).map((f: { code: string }) => f.code);
    expect(asIdentity).toContain("principal-in-identity-policy");
  });

  it("given bad usage or a missing file, when run, then exit 2 with a one-line reason naming the problem", async () => {
    expect(await run([])).toMatchObject({ code: 2, stdout: "" });
    const unknownType = await run(["x.json", "--type", "bucket"]);
    expect(unknownType.code).toBe(2);
    expect(unknownType.stderr).toMatch(/unknown policy type "bucket"/);
    const missing = await run(["/nonexistent/policy.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/policy.json/);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
