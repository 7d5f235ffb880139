import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sim-cli-"));

/** Runs `npm run --silent sim -- ARGS` as the contract describes. */
function sim(args: string[], input?: string) {
  const r = spawnSync("npm", ["run", "--silent", "sim", "--", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: unknown): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

const scenario = {
  accounts: [
    {
      id: "111122223333",
      users: [{ name: "bob" }],
      groups: [{ name: "Admins" }],
      resources: [{ kind: "s3-bucket", arn: "arn:aws:s3:::demo-bucket" }],
    },
  ],
};

describe("sim CLI", { timeout: 180_000 }, () => {
  it("given a scenario and commands, when run, then each prints what the CLI prints and state carries over", () => {
    const r = sim([
      "run",
      file("run.json", {
        scenario,
        commands: [
          { run: "aws sts get-caller-identity" },
          {
            run: "aws iam create-user --user-name carol",
            as: "arn:aws:iam::111122223333:user/bob",
          },
          { run: "aws iam create-user --user-name carol" },
          { run: "aws iam add-user-to-group --group-name Admins --user-name carol" },
          { run: "aws iam list-users --query Users[].UserName --output text" },
          { run: "aws iam frobnicate" },
        ],
      }),
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { exitCode: number }) => o.exitCode)).toEqual([0, 254, 0, 0, 0, 252]);
    expect(Object.keys(out[0])).toEqual(["command", "exitCode", "stdout", "stderr"]);
    expect(JSON.parse(out[0].stdout)).toEqual({
      UserId: "111122223333",
      Account: "111122223333",
      Arn: "arn:aws:iam::111122223333:root",
    });
    expect(out[1].stderr).toBe(
      "\nAn error occurred (AccessDenied) when calling the CreateUser operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/carol because no identity-based policy allows the iam:CreateUser action\n",
    );
    expect(JSON.parse(out[2].stdout).User.Arn).toBe("arn:aws:iam::111122223333:user/carol");
    expect(out[4].stdout).toBe("bob\tcarol\n");
    expect(out[5].stderr).toContain("aws: error: argument operation: Invalid choice");
  });

  it("given a lesson id, when run, then its scenario is loaded and AWS managed policies resolve", () => {
    const list = spawnSync("npm", ["run", "--silent", "lessons", "--", "list"], {
      cwd: root,
      encoding: "utf8",
    });
    const id = JSON.parse(list.stdout)[0].id;
    const r = sim([
      "run",
      file("lesson.json", {
        lesson: id,
        commands: [
          { run: "aws sts get-caller-identity --query Account --output text" },
          { run: "aws iam create-group --group-name SimTesters" },
          {
            run: "aws iam attach-group-policy --group-name SimTesters --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess",
          },
          { run: "aws iam list-attached-group-policies --group-name SimTesters" },
        ],
      }),
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out[0].stdout).toMatch(/^\d{12}\n$/);
    expect(out.slice(1).map((o: { exitCode: number }) => o.exitCode)).toEqual([0, 0, 0]);
    expect(JSON.parse(out[3].stdout).AttachedPolicies[0].PolicyName).toBe("ReadOnlyAccess");
  });

  it("given a FILE it cannot read or use, then exit 2 with a one-line reason naming the file", () => {
    const missing = sim(["run", path.join(tmp, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^sim: .*nope\.json: cannot read \(ENOENT\)\n$/);
    const bad = sim(["run", file("bad.json", "{not json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("bad.json: is not valid JSON");
    const shape = sim(["run", file("shape.json", { scenario, commands: [{ run: 3 }] })]);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain("shape.json: commands[0].run: must be a string");
    expect(sim(["run"]).code).toBe(2);
  });

  it("given FILE -, when run, then it reads standard input", () => {
    const r = sim(["run", "-"], JSON.stringify({ scenario, commands: [{ run: "aws s3 ls" }] }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].stdout).toBe("2026-05-03 09:15:30 demo-bucket\n");
  });
});
