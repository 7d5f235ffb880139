import { describe, expect, it } from "vitest";
import { tinyLesson, tinyV1Lesson } from "../test-fixtures";
import { validateLesson } from "../validate";
import { upgradeLessonDocument } from "./migrate";

describe("lesson format versions", () => {
  it("given a version-1 document, when validated, then it reads as the same policy lesson at version 2", () => {
    const v = validateLesson(tinyV1Lesson());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.migratedFrom).toBe(1);
    expect(v.lesson).toEqual(tinyLesson());
  });

  it("given a version-1 document as JSON text, when validated, then it is migrated too", () => {
    const v = validateLesson(JSON.stringify(tinyV1Lesson()));
    expect(v.ok && v.lesson.task.kind).toBe("policy");
  });

  it("given a version-2 document, when validated, then it is not reported as migrated", () => {
    const v = validateLesson(tinyLesson());
    expect(v.ok && v.migratedFrom).toBeUndefined();
  });

  it("given a document of a newer format, when validated, then it says the app needs updating", () => {
    const v = validateLesson({ ...tinyLesson(), schemaVersion: 7 });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.newerVersion).toBe(7);
    expect(v.errors[0]).toMatchObject({ path: "schemaVersion" });
    expect(v.errors[0].message).toMatch(/lesson format 7, newer than this app reads/);
  });

  it("given a version-1 document with a broken check, when validated, then the error names its new place", () => {
    const doc = tinyV1Lesson() as { checks: { expect: string }[] };
    doc.checks[0].expect = "maybe";
    const v = validateLesson(doc);
    expect(v.ok ? [] : v.errors.map((e) => e.path)).toContain("task.checks[0].expect");
  });

  it("given values that are not documents, when upgraded, then they pass through for the schema to name", () => {
    expect(upgradeLessonDocument(null)).toMatchObject({ ok: true, document: null });
    expect(upgradeLessonDocument({ id: "x" })).toMatchObject({ ok: true });
  });
});
