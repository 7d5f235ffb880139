/** Small valid lessons for tests (not part of the public API). */
import type { Lesson } from "./schema";

/** A policy document with these statements. */
export function policy(...statements: Record<string, unknown>[]): Record<string, unknown> {
  return { Version: "2012-10-17", Statement: statements };
}

/**
 * A one-slot lesson: alice's inline policy must allow s3:GetObject on reports objects; `overrides`
 * replaces top-level fields.
 */
export function tinyLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    schemaVersion: 1,
    id: "tiny",
    title: "Tiny",
    module: "Tests",
    summary: "A tiny lesson",
    objectives: [],
    estimatedMinutes: 1,
    difficulty: "beginner",
    narrative: [{ type: "markdown", text: "Hello" }],
    scenario: {
      accounts: [
        {
          id: "111122223333",
          users: [{ name: "alice" }, { name: "bob", groups: ["Devs"] }],
          groups: [{ name: "Devs" }],
          resources: [{ kind: "s3-bucket", arn: "arn:aws:s3:::reports" }],
        },
      ],
    },
    task: {
      slots: [
        {
          id: "alice-policy",
          label: "Alice's policy",
          target: { kind: "user-inline", user: "alice", policyName: "Read" },
          policyType: "identity",
          starter: "",
        },
      ],
    },
    checks: [
      {
        id: "reads",
        description: "Alice can read a report",
        principal: "user/alice",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::reports/a.csv",
        expect: "allow",
      },
      {
        id: "no-delete",
        description: "Alice cannot delete a report",
        principal: "user/alice",
        action: "s3:DeleteObject",
        resource: "arn:aws:s3:::reports/a.csv",
        expect: "deny",
      },
    ],
    leastPrivilege: {
      principals: ["user/alice"],
      services: ["s3"],
      resources: ["arn:aws:s3:::reports/a.csv", "arn:aws:s3:::payroll/x.csv"],
    },
    hints: ["Use s3:GetObject"],
    solution: {
      "alice-policy": policy({
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::reports/*",
      }),
    },
    debrief: "Done",
    ...overrides,
  };
}
