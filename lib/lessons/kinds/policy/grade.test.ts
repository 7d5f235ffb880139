import { describe, expect, it } from "vitest";
import { policy, tinyLesson, TINY_STARTER } from "../../test-fixtures";
import { catalogFromActions } from "../../grade/catalog";
import { gradePolicy, solutionAnswers } from "./grade";

const catalog = catalogFromActions({
  s3: ["GetObject", "PutObject", "DeleteObject", "ListBucket", "GetObjectAcl"],
});
const text = (doc: unknown) => JSON.stringify(doc);

describe("gradePolicy", () => {
  it("given the reference solution, when graded, then every check and least privilege pass", () => {
    const lesson = tinyLesson();
    const grade = gradePolicy(lesson, solutionAnswers(lesson), { catalog });
    expect(grade.passed).toBe(true);
    expect(grade.checks.map((c) => c.actual)).toEqual(["Allow", "ImplicitDeny"]);
    expect(grade.leastPrivilege).toMatchObject({ passed: true });
    expect(grade.parseErrors).toEqual({});
  });

  it("given a passing check, when graded, then the decision's deciding statement carries the slot id", () => {
    const lesson = tinyLesson();
    const grade = gradePolicy(lesson, solutionAnswers(lesson), { catalog });
    const [first] = grade.checks;
    expect(first.decision?.deciding[0].policy.id).toBe("slot:alice-policy");
    expect(first.request).toBe("user alice calls s3:GetObject on arn:aws:s3:::reports/a.csv");
    expect(first.explanation).toMatch(
      /allowed by Statement\[0\] of inline policy Read of user alice/,
    );
  });

  it("given an answer that does not parse, when graded, then every check fails with the parse error", () => {
    const grade = gradePolicy(tinyLesson(), { "alice-policy": '{ "Version": ' }, { catalog });
    expect(grade.passed).toBe(false);
    expect(grade.parseErrors["alice-policy"].length).toBeGreaterThan(0);
    for (const c of grade.checks) {
      expect(c).toMatchObject({ passed: false, actual: "Error" });
      expect(c.explanation).toMatch(/cannot be read/);
    }
    expect(grade.leastPrivilege?.passed).toBe(false);
  });

  it("given a missing answer, when graded, then the slot's starter is graded (not an empty answer)", () => {
    const grade = gradePolicy(tinyLesson(), {}, { catalog });
    const asStarter = gradePolicy(tinyLesson(), { "alice-policy": TINY_STARTER }, { catalog });
    const asEmpty = gradePolicy(tinyLesson(), { "alice-policy": "" }, { catalog });
    // The starter lists the bucket: it parses, and alice still cannot read a report.
    expect(grade.parseErrors).toEqual({});
    expect(asEmpty.parseErrors["alice-policy"]).toBeDefined();
    expect(grade.checks).toEqual(asStarter.checks);
    expect(grade.checks.find((c) => c.id === "reads")?.passed).toBe(false);
    expect(grade.checks.find((c) => c.id === "no-delete")?.passed).toBe(true);
  });

  it("given an answer that allows too much, when graded, then the failing check says what happened", () => {
    const grade = gradePolicy(
      tinyLesson(),
      { "alice-policy": text(policy({ Effect: "Allow", Action: "s3:*", Resource: "*" })) },
      { catalog },
    );
    const del = grade.checks.find((c) => c.id === "no-delete");
    expect(del).toMatchObject({ passed: false, actual: "Allow", expected: "deny" });
    expect(del?.explanation).toMatch(
      /^Expected it to be denied, but it was allowed by Statement\[0\]/,
    );
  });

  it("given an answer passing the checks but wider than the reference, when graded, then the smallest counterexample is reported", () => {
    const wide = policy({
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:GetObjectAcl"],
      Resource: "*",
    });
    const grade = gradePolicy(tinyLesson(), { "alice-policy": text(wide) }, { catalog });
    expect(grade.checks.every((c) => c.passed)).toBe(true);
    expect(grade.passed).toBe(false);
    const cx = grade.leastPrivilege?.counterexample;
    // s3:GetObject (shorter) on the payroll object comes before s3:GetObjectAcl on anything.
    expect(cx?.request).toEqual({
      principal: "user/alice",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::payroll/x.csv",
    });
    expect(cx?.direction).toBe("learner-allows-more");
    expect(cx?.learner.decision).toBe("Allow");
    expect(cx?.reference.decision).toBe("ImplicitDeny");
    expect(cx?.plainWords).toMatch(/user alice calls s3:GetObject on arn:aws:s3:::payroll\/x\.csv/);
  });

  it("given an extra action only, when graded, then that action is the counterexample", () => {
    const extra = policy({
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:GetObjectAcl"],
      Resource: "arn:aws:s3:::reports/*",
    });
    const cx = gradePolicy(tinyLesson(), { "alice-policy": text(extra) }, { catalog })
      .leastPrivilege?.counterexample;
    expect(cx?.request.action).toBe("s3:GetObjectAcl");
    expect(cx?.request.resource).toBe("arn:aws:s3:::reports/a.csv");
  });

  it("given a NotAction answer, when graded, then the search considers every catalog action", () => {
    const notAction = policy({
      Effect: "Allow",
      NotAction: "s3:DeleteObject",
      Resource: "arn:aws:s3:::reports/*",
    });
    const cx = gradePolicy(tinyLesson(), { "alice-policy": text(notAction) }, { catalog })
      .leastPrivilege?.counterexample;
    expect(cx?.request.action).toBe("s3:PutObject");
  });

  it("given a narrower answer, when graded in no-more mode, then least privilege passes but in exact mode it fails the other way", () => {
    const lesson = tinyLesson();
    lesson.task.checks = [lesson.task.checks[1]];
    const narrow = {
      "alice-policy": text(
        policy({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/b.csv" }),
      ),
    };
    expect(gradePolicy(lesson, narrow, { catalog }).leastPrivilege?.passed).toBe(true);
    const exact = {
      ...lesson,
      task: {
        ...lesson.task,
        leastPrivilege: { ...lesson.task.leastPrivilege, mode: "exact" as const },
      },
    };
    const lp = gradePolicy(exact, narrow, { catalog }).leastPrivilege;
    expect(lp?.counterexample?.direction).toBe("learner-allows-less");
    expect(lp?.counterexample?.request.resource).toBe("arn:aws:s3:::reports/a.csv");
  });

  it("given the same answer twice, when graded, then the results are identical (stable order)", () => {
    const wide = {
      "alice-policy": text(policy({ Effect: "Allow", Action: "s3:*", Resource: "*" })),
    };
    const a = gradePolicy(tinyLesson(), wide, { catalog });
    const b = gradePolicy(tinyLesson(), wide, { catalog });
    expect(a.leastPrivilege?.counterexample?.request).toEqual(
      b.leastPrivilege?.counterexample?.request,
    );
  });

  it("given a scenario attaching an AWS managed policy that is not loaded, when graded, then checks report it", () => {
    const lesson = tinyLesson();
    lesson.scenario.accounts[0].users![0].attached = ["aws:ReadOnlyAccess"];
    const grade = gradePolicy(lesson, solutionAnswers(lesson), { catalog });
    expect(grade.checks[0]).toMatchObject({
      actual: "Error",
      explanation: "Could not evaluate: AWS managed policy ReadOnlyAccess is not loaded",
    });
    const loaded = gradePolicy(lesson, solutionAnswers(lesson), {
      catalog,
      managedPolicies: new Map([
        ["ReadOnlyAccess", policy({ Effect: "Allow", Action: "s3:Get*", Resource: "*" })],
      ]),
    });
    expect(loaded.checks[0].actual).toBe("Allow");
  });
});
