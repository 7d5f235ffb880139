/** Small valid lessons for tests (not part of the public API). */
import type { LessonOf, PolicyLesson } from "./schema";

/** A policy document with these statements. */
export function policy(...statements: Record<string, unknown>[]): Record<string, unknown> {
  return { Version: "2012-10-17", Statement: statements };
}

/** The starter of the tiny lesson: valid, and different from an empty answer (lists the bucket). */
export const TINY_STARTER = JSON.stringify(
  policy({ Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::reports" }),
  null,
  2,
);

/** The scenario every tiny lesson shares: alice, bob in Devs, the reports bucket. */
function tinyBase(): Omit<PolicyLesson, "task"> {
  return {
    schemaVersion: 2 as const,
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
          resources: [{ kind: "s3-bucket" as const, arn: "arn:aws:s3:::reports" }],
        },
      ],
    },
    hints: ["Use s3:GetObject"],
    debrief: "Done",
  };
}

/**
 * A one-slot lesson: alice's inline policy must allow s3:GetObject on reports objects; `overrides`
 * replaces top-level fields.
 */
export function tinyLesson(overrides: Partial<PolicyLesson> = {}): PolicyLesson {
  return {
    ...tinyBase(),
    task: {
      kind: "policy",
      slots: [
        {
          id: "alice-policy",
          label: "Alice's policy",
          target: { kind: "user-inline", user: "alice", policyName: "Read" },
          policyType: "identity",
          starter: TINY_STARTER,
        },
      ],
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
      solution: {
        "alice-policy": policy({
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::reports/*",
        }),
      },
    },
    ...overrides,
  };
}

/** The tiny lesson as a version-1 document (checks, leastPrivilege and solution at the top). */
export function tinyV1Lesson(): Record<string, unknown> {
  const { task, ...rest } = tinyLesson();
  const { kind: _kind, checks, leastPrivilege, solution, ...oldTask } = task;
  return { ...rest, schemaVersion: 1, task: oldTask, checks, leastPrivilege, solution };
}

/**
 * A predict lesson: bob's group allows reading reports, an explicit deny protects one object,
 * alice has nothing. Three questions, one per outcome.
 */
export function tinyPredict(): LessonOf<"predict"> {
  const base = tinyBase();
  base.scenario.accounts[0].groups = [
    {
      name: "Devs",
      inline: [
        {
          name: "Reports",
          document: policy(
            {
              Sid: "Read",
              Effect: "Allow",
              Action: "s3:GetObject",
              Resource: "arn:aws:s3:::reports/*",
            },
            {
              Sid: "KeepSecret",
              Effect: "Deny",
              Action: "s3:*",
              Resource: "arn:aws:s3:::reports/secret.csv",
            },
          ),
        },
      ],
    },
  ] as never;
  return {
    ...base,
    task: {
      kind: "predict",
      questions: [
        {
          id: "bob-reads",
          description: "Bob reads a.csv",
          principal: "user/bob",
          action: "s3:GetObject",
          resource: "arn:aws:s3:::reports/a.csv",
          answer: "Allow",
        },
        {
          id: "bob-secret",
          description: "Bob reads secret.csv",
          principal: "user/bob",
          action: "s3:GetObject",
          resource: "arn:aws:s3:::reports/secret.csv",
          answer: "ExplicitDeny",
          explanation: "An explicit deny beats any allow.",
        },
        {
          id: "alice-reads",
          description: "Alice reads a.csv",
          principal: "user/alice",
          action: "s3:GetObject",
          resource: "arn:aws:s3:::reports/a.csv",
          answer: "ImplicitDeny",
        },
      ],
    },
  };
}

/** A classify lesson: three duties, AWS or customer, for EC2 and S3. */
export function tinyClassify(): LessonOf<"classify"> {
  return {
    ...tinyBase(),
    task: {
      kind: "classify",
      categories: [
        { id: "aws", label: "AWS" },
        { id: "customer", label: "Customer" },
      ],
      groups: [
        { id: "ec2", label: "Amazon EC2" },
        { id: "s3", label: "Amazon S3" },
      ],
      items: [
        {
          id: "ec2-guest-os",
          group: "ec2",
          text: "Patching the guest operating system",
          answer: "customer",
          explanation: "On EC2 you run the operating system.",
        },
        {
          id: "ec2-datacentre",
          group: "ec2",
          text: "Physical security of the data centre",
          answer: "aws",
          explanation: "AWS guards its buildings.",
        },
        {
          id: "s3-bucket-policy",
          group: "s3",
          text: "Writing the bucket policy",
          answer: "customer",
          explanation: "Who may read your data is yours to decide.",
        },
      ],
    },
  };
}
