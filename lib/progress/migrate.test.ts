import { describe, expect, it } from "vitest";
import { z } from "zod";
import { migrate, migrateWith } from "./migrate";
import { emptyProgress } from "./model";

const valid = {
  version: 2,
  lessons: {
    "iam-basics": {
      drafts: {
        policy: { kind: "policy", text: "{}", updatedAt: 5 },
        "bob-reads": { kind: "choice", choice: "Allow", updatedAt: 6 },
      },
      attempts: 2,
      hintsUsed: 1,
      startedAt: 1,
    },
  },
  lastLessonId: "iam-basics",
  updatedAt: 5,
};

describe("migrate", () => {
  it("given a valid current document, when migrated, then it is returned unchanged", () => {
    const result = migrate(valid);
    expect(result).toEqual({ ok: true, progress: valid });
  });

  it("given version-1 progress (untagged drafts), when migrated, then every draft, attempt and completion is kept", () => {
    const v1 = {
      version: 1,
      lessons: {
        a: {
          drafts: { one: { text: "{ half", updatedAt: 5 }, two: { text: "", updatedAt: 6 } },
          attempts: 4,
          hintsUsed: 2,
          startedAt: 1,
          completedAt: 9,
          solutionViewed: true,
        },
        b: { drafts: {}, attempts: 0, hintsUsed: 0, startedAt: 3 },
      },
      lastLessonId: "a",
      updatedAt: 9,
    };
    expect(migrate(v1)).toEqual({
      ok: true,
      migratedFrom: 1,
      progress: {
        ...v1,
        version: 2,
        lessons: {
          a: {
            ...v1.lessons.a,
            drafts: {
              one: { kind: "policy", text: "{ half", updatedAt: 5 },
              two: { kind: "policy", text: "", updatedAt: 6 },
            },
          },
          b: v1.lessons.b,
        },
      },
    });
  });

  it("given damaged version-1 progress, when migrated, then the error names the place", () => {
    const bad = {
      version: 1,
      lessons: { a: { drafts: { one: { text: 7 } } } },
      lastLessonId: null,
      updatedAt: 1,
    };
    const result = migrate(bad);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(/^lessons\.a\.drafts\.one\.text: /);
  });

  it("given an empty progress, when migrated, then it round-trips", () => {
    expect(migrate(emptyProgress(0))).toEqual({ ok: true, progress: emptyProgress(0) });
  });

  it("given a non-object, when migrated, then the error says what was found", () => {
    expect(migrate("hello")).toEqual({
      ok: false,
      error: "(top level): expected an object, found a string",
    });
    expect(migrate(null)).toMatchObject({ ok: false, error: expect.stringContaining("null") });
    expect(migrate([])).toMatchObject({ ok: false, error: expect.stringContaining("an array") });
  });

  it("given no version, when migrated, then the error names the version field", () => {
    const { version: _omit, ...rest } = valid;
    expect(migrate(rest)).toEqual({ ok: false, error: "version: missing or not a whole number" });
  });

  it("given a newer version, when migrated, then the error says a newer app made it", () => {
    const result = migrate({ ...valid, version: 7 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/made by a newer version/);
    expect(result.newerVersion).toBe(7);
  });

  it("given a wrong field deep inside, when migrated, then the error names its JSON path", () => {
    const bad = structuredClone(valid);
    (bad.lessons["iam-basics"] as { attempts: unknown }).attempts = "two";
    const result = migrate(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^lessons\["iam-basics"\]\.attempts: /);
  });

  it("given an unknown extra field, when migrated, then it is rejected by name", () => {
    const result = migrate({ ...valid, extra: true });
    expect(result.ok).toBe(false);
  });
});

describe("migrateWith", () => {
  const schema = z.object({ version: z.literal(3), name: z.string(), tags: z.array(z.string()) });
  const plan = {
    current: 3,
    schema,
    steps: {
      1: (old: Record<string, unknown>) => ({ ...old, name: String(old.title ?? "") }),
      2: (old: Record<string, unknown>) => ({ version: 2, name: old.name, tags: [] }),
    },
  };

  it("given an old document, when migrated, then every step runs in order", () => {
    expect(migrateWith({ version: 1, title: "x" }, plan)).toEqual({
      ok: true,
      progress: { version: 3, name: "x", tags: [] },
      migratedFrom: 1,
    });
  });

  it("given a version without a step, when migrated, then it is unsupported", () => {
    expect(migrateWith({ version: 0 }, plan)).toEqual({
      ok: false,
      error: "version: format 0 is not supported",
    });
  });

  it("given a step that throws, when migrated, then the error is returned, not thrown", () => {
    const throwing = {
      ...plan,
      steps: {
        ...plan.steps,
        1: () => {
          throw new Error("boom");
        },
      },
    };
    expect(migrateWith({ version: 1 }, throwing)).toEqual({
      ok: false,
      error: "could not upgrade from format 1: boom",
    });
  });
});
