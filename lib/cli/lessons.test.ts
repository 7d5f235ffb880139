import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COURSE } from "@/lessons";
import { decodeChallenge } from "@/lib/share";

const root = path.resolve(import.meta.dirname, "..", "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lessons-cli-"));

function cli(args: string[], input?: string) {
  const r = spawnSync(tsx, [path.join(root, "lib/cli/lessons.ts"), ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    json: r.stdout ? JSON.parse(r.stdout) : undefined,
  };
}

function file(name: string, content: unknown): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

describe("lessons CLI", { timeout: 180_000 }, () => {
  it("given list, when run, then it prints the course in order with kind and answer slots", () => {
    const r = cli(["list"]);
    expect(r.code).toBe(0);
    expect(r.json.find((l: { id: string }) => l.id === "first-identity-policy")).toEqual({
      id: "first-identity-policy",
      title: "Your first identity policy",
      module: "Users and policies",
      kind: "policy",
      answerSlots: ["alice-policy"],
    });
    // The order is the course index's own, not a copy of it.
    expect(r.json.map((l: { id: string }) => l.id)).toEqual(COURSE.map((e) => e.id));
    const ec2 = r.json.find((l: { id: string }) => l.id === "ec2-role-reads-s3");
    expect(ec2.answerSlots).toEqual(["trust-policy", "permissions-policy"]);
    expect(ec2.questions).toBeUndefined();
    // Predict and classify lessons list their questions with the choices each offers.
    const predict = r.json.find((l: { id: string }) => l.id === "two-groups-predict");
    expect(predict.answerSlots).toEqual([]);
    expect(predict.questions[0]).toEqual({
      id: "maria-reads-logo",
      choices: ["Allow", "ExplicitDeny", "ImplicitDeny"],
    });
    const classify = r.json.find((l: { kind: string }) => l.kind === "classify");
    expect(classify.questions[0].choices).toEqual(["aws", "customer"]);
  });

  it("given predict and classify answers, when graded, then each question is a check and bad choices exit 2", () => {
    const solved = cli(["grade", "two-groups-predict", "--solution"]);
    expect(solved.json.passed).toBe(true);
    const wrong = cli([
      "grade",
      "two-groups-predict",
      file("predict.json", { "maria-uploads-prod": "Allow", "maria-reads-logo": "Allow" }),
    ]);
    expect(wrong.code).toBe(0);
    expect(wrong.json.passed).toBe(false);
    const upload = wrong.json.checks.find((c: { name: string }) => /uploads prod/.test(c.name));
    expect(upload).toMatchObject({ passed: false, expected: "ExplicitDeny", actual: "Allow" });
    expect(upload.explanation).toMatch(/Sid "HandsOffProduction"/);
    const bad = cli([
      "grade",
      "two-groups-predict",
      file("bad.json", { "maria-reads-logo": "Maybe" }),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(
      /"maria-reads-logo": expected one of Allow, ExplicitDeny, ImplicitDeny/,
    );
    const sorted = cli(["grade", "shared-responsibility", "--solution"]);
    expect(sorted.json.passed).toBe(true);
    expect(sorted.json.checks.length).toBeGreaterThan(10);
  });

  it("given grade --solution, when run, then it passes with the least-privilege check listed", () => {
    const r = cli(["grade", "fix-bucket-policy", "--solution"]);
    expect(r.code).toBe(0);
    expect(r.json.passed).toBe(true);
    expect(Object.keys(r.json.checks[0]).sort()).toEqual([
      "actual",
      "expected",
      "explanation",
      "name",
      "passed",
    ]);
    expect(r.json.checks.at(-1).name).toMatch(/^Least privilege/);
  });

  it("given a wrong answer on stdin, when graded, then it fails with exit 0 and a counterexample", () => {
    const answer = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
    });
    const r = cli(["grade", "first-identity-policy", "-"], answer);
    expect(r.code).toBe(0);
    expect(r.json.passed).toBe(false);
    expect(r.json.checks.at(-1)).toMatchObject({ passed: false, actual: "learner-allows-more" });
  });

  it("given malformed JSON as the answer, when graded, then it fails gracefully with the parse error", () => {
    const r = cli([
      "grade",
      "group-policy",
      file("broken.json", '{"Version": "2012-10-17", "Statement": ['),
    ]);
    expect(r.code).toBe(0);
    expect(r.json.checks[0]).toMatchObject({ passed: false, actual: "Error" });
  });

  it("given bad usage, when run, then exit 2 with one line on stderr and nothing on stdout", () => {
    for (const args of [
      ["grade", "no-such-lesson", "--solution"],
      ["grade", "group-policy", path.join(tmp, "missing.json")],
      ["frobnicate"],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("given show then link, when run, then the link decodes back to the same lesson", () => {
    const shown = cli(["show", "group-policy"]);
    expect(shown.json.schemaVersion).toBe(2);
    expect(shown.json.task.solution["developers-policy"]).toBeDefined();
    const r = cli(["link", file("lesson.json", shown.json)]);
    expect(r.code).toBe(0);
    expect(r.json.url).toMatch(/^\/challenge#v1\./);
    expect(decodeChallenge(r.json.url)).toEqual({ ok: true, lesson: shown.json });
  });

  it("given validate, when the lesson is good, bad, or its solution fails, then valid and errors say so", () => {
    const good = cli(["show", "first-identity-policy"]).json;
    expect(cli(["validate", file("good.json", good)])).toMatchObject({
      code: 0,
      json: { valid: true, errors: [] },
    });
    const bad = cli(["validate", file("bad.json", { ...good, difficulty: "epic" })]);
    expect(bad.code).toBe(1);
    expect(bad.json.errors[0].path).toBe("difficulty");
    const wrong = {
      ...good,
      task: {
        ...good.task,
        solution: {
          "alice-policy": {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }],
          },
        },
      },
    };
    const failing = cli(["validate", file("wrong.json", wrong)]);
    expect(failing.json.valid).toBe(false);
    expect(failing.json.errors[0]).toMatchObject({ path: "task.checks[0]" });
    const unreadable = cli(["validate", file("broken.json", "{ not json")]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.json.valid).toBe(false);
    expect(unreadable.stderr).toMatch(/broken\.json: is not valid JSON/);
    const link = cli(["link", file("bad2.json", { ...good, task: { ...good.task, checks: [] } })]);
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(/checks/);
  });

  it("given a console lesson file, when validated, then its reference commands run in the simulated account and its checks are decided there", () => {
    const good = cli(["show", "first-identity-policy"]).json;
    const read = good.task.solution["alice-policy"];
    const command = `aws iam put-user-policy --user-name alice --policy-name ReadReports --policy-document '${JSON.stringify(read)}'`;
    const consoleLesson = {
      ...good,
      id: "alice-console",
      task: { kind: "console", checks: good.task.checks, solution: { commands: [command] } },
    };
    expect(cli(["validate", file("console.json", consoleLesson)]).json).toEqual({
      valid: true,
      errors: [],
    });
    const nothing = {
      ...consoleLesson,
      task: { ...consoleLesson.task, solution: { commands: ["aws iam list-users"] } },
    };
    const failing = cli(["validate", file("console-wrong.json", nothing)]).json;
    expect(failing.valid).toBe(false);
    expect(failing.errors[0].message).toMatch(/the reference solution fails/);
  });
});
