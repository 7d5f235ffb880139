import { describe, expect, it } from "vitest";
import { policy, tinyLesson } from "./test-fixtures";
import { formatPath } from "./schema/jsonPath";
import { MAX_LESSON_BYTES, validateLesson } from "./validate";

function errorsOf(doc: unknown) {
  const v = validateLesson(doc);
  if (v.ok) throw new Error("expected the document to be invalid");
  return v.errors;
}

describe("formatPath", () => {
  it("given keys and indexes, when formatted, then reads like a JSON path", () => {
    expect(formatPath(["checks", 2, "expect"])).toBe("checks[2].expect");
    expect(formatPath(["solution", "alice-policy"])).toBe('solution["alice-policy"]');
    expect(formatPath([])).toBe("(document)");
  });
});

describe("validateLesson", () => {
  it("given a valid lesson, when validated, then it is accepted unchanged", () => {
    const v = validateLesson(tinyLesson());
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.lesson.id).toBe("tiny");
  });

  it("given JSON text, when validated, then it is parsed first", () => {
    expect(validateLesson(JSON.stringify(tinyLesson())).ok).toBe(true);
  });

  it("given malformed JSON text, when validated, then the error names the document", () => {
    const [e] = errorsOf("{ not json");
    expect(e.path).toBe("(document)");
    expect(e.message).toMatch(/not valid JSON/);
  });

  it("given a bad expectation, when validated, then the error path is checks[1].expect", () => {
    const lesson = tinyLesson();
    (lesson.task.checks[1] as { expect: string }).expect = "maybe";
    expect(errorsOf(lesson)).toContainEqual(
      expect.objectContaining({ path: "task.checks[1].expect" }),
    );
  });

  it("given an unknown slot target kind, when validated, then the error points into the target", () => {
    const lesson = tinyLesson();
    (lesson.task.slots[0] as { target: unknown }).target = { kind: "nope" };
    expect(errorsOf(lesson)[0].path).toMatch(/^task\.slots\[0\]\.target/);
  });

  it("given a check naming a missing user, when validated, then the cross reference fails at its principal", () => {
    const lesson = tinyLesson();
    lesson.task.checks[0].principal = "user/mallory";
    expect(errorsOf(lesson)).toContainEqual({
      path: "task.checks[0].principal",
      message: 'account 111122223333 has no user "mallory"',
    });
  });

  it("given a slot targeting a missing group, when validated, then the error names the target", () => {
    const lesson = tinyLesson();
    lesson.task.slots[0].target = { kind: "group-inline", group: "Ghosts", policyName: "X" };
    expect(errorsOf(lesson)).toContainEqual({
      path: "task.slots[0].target",
      message: 'no group "Ghosts" in account 111122223333',
    });
  });

  it("given a slot whose policy type does not fit its target, when validated, then policyType is flagged", () => {
    const lesson = tinyLesson();
    lesson.task.slots[0].policyType = "resource";
    expect(errorsOf(lesson).map((e) => e.path)).toContain("task.slots[0].policyType");
  });

  it("given a solution missing a slot, when validated, then solution is flagged", () => {
    const lesson = tinyLesson();
    lesson.task.solution = {};
    expect(errorsOf(lesson)).toContainEqual({
      path: "task.solution",
      message: 'no solution document for slot "alice-policy"',
    });
  });

  it("given an invalid policy in the scenario, when validated, then the path goes into the document", () => {
    const lesson = tinyLesson();
    lesson.scenario.accounts[0].users![0].inline = [
      { name: "Bad", document: policy({ Effect: "allow", Action: "s3:*", Resource: "*" }) },
    ];
    const errors = errorsOf(lesson);
    expect(errors[0].path).toMatch(
      /^scenario\.accounts\[0\]\.users\[0\]\.inline\[0\]\.document\.Statement\[0\]\.Effect/,
    );
  });

  it("given duplicate check ids, when validated, then the second is flagged", () => {
    const lesson = tinyLesson();
    lesson.task.checks[1].id = "reads";
    expect(errorsOf(lesson)).toContainEqual({
      path: "task.checks[1]",
      message: 'duplicate check id "reads"',
    });
  });

  it("given a fix lesson without a symptom, or a symptom on a write lesson, when validated, then each is flagged", () => {
    const fix = tinyLesson() as ReturnType<typeof tinyLesson> & {
      task: { mode?: string; symptom?: string };
    };
    fix.task.mode = "fix";
    expect(errorsOf(fix)).toContainEqual({
      path: "task.symptom",
      message: "a fix lesson says what was reported: add a symptom",
    });
    fix.task.symptom = "Alice gets AccessDenied when she opens a report";
    expect(validateLesson(fix).ok).toBe(true);
    delete fix.task.mode;
    expect(errorsOf(fix).map((e) => e.path)).toEqual(["task.mode"]);
  });

  it("given a managed policy slot typed as a boundary, when validated, then it is accepted; any other type but identity is not", () => {
    const lesson = tinyLesson() as ReturnType<typeof tinyLesson> & Record<string, never>;
    const acc = lesson.scenario.accounts[0] as { policies?: unknown[] };
    acc.policies = [{ name: "Fence", document: { Version: "2012-10-17", Statement: [] } }];
    const slot = lesson.task.slots[0] as { target: unknown; policyType: string };
    slot.target = { kind: "managed-policy", name: "Fence" };
    slot.policyType = "boundary";
    expect(validateLesson(lesson).ok).toBe(true);
    slot.policyType = "scp";
    expect(errorsOf(lesson)).toContainEqual({
      path: "task.slots[0].policyType",
      message: "a managed-policy slot holds an identity policy, not scp",
    });
  });

  it("given a user in a missing group, when validated, then the membership is flagged", () => {
    const lesson = tinyLesson();
    lesson.scenario.accounts[0].users![1].groups = ["Nope"];
    expect(errorsOf(lesson).map((e) => e.path)).toContain(
      "scenario.accounts[0].users[1].groups[0]",
    );
  });

  it("given a document over 256 KB, when validated, then it is rejected before parsing", () => {
    const lesson = tinyLesson({ debrief: "x".repeat(MAX_LESSON_BYTES) });
    expect(errorsOf(lesson)[0].message).toMatch(/more than the limit/);
  });

  it("given an unknown narrative block type, when validated, then it passes; a known one is checked strictly", () => {
    expect(
      validateLesson(tinyLesson({ narrative: [{ type: "quiz-card", question: "?" }] })).ok,
    ).toBe(true);
    const bad = tinyLesson({ narrative: [{ type: "callout", tone: "loud", text: "x" } as never] });
    expect(errorsOf(bad)[0].path).toBe("narrative[0].tone");
  });

  it("given values that are not a lesson at all, when validated, then it never throws", () => {
    for (const value of [null, 42, [], "[]", "", { schemaVersion: 2 }])
      expect(validateLesson(value).ok).toBe(false);
  });
});
