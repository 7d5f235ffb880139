import { z } from "zod";
import { policyTaskSchema } from "../kinds/policy/schema";
import { predictTaskSchema } from "../kinds/predict/schema";
import { classifyTaskSchema } from "../kinds/classify/schema";
import { consoleTaskSchema } from "../kinds/console/schema";
import { scenarioSchema } from "./scenario";
import { kebabId } from "./task";

const knownBlocks = {
  markdown: z.strictObject({ type: z.literal("markdown"), text: z.string().max(20000) }),
  callout: z.strictObject({
    type: z.literal("callout"),
    tone: z.enum(["info", "tip", "warning", "danger"]),
    title: z.string().max(200).optional(),
    text: z.string().max(4000),
  }),
  diagram: z.strictObject({
    type: z.literal("diagram"),
    name: z.string().min(1).max(64),
    caption: z.string().max(400).optional(),
  }),
};

/** A Markdown block. */
export type MarkdownBlock = z.infer<typeof knownBlocks.markdown>;
/** A callout box. */
export type CalloutBlock = z.infer<typeof knownBlocks.callout>;
/** A named diagram the UI draws. */
export type DiagramBlock = z.infer<typeof knownBlocks.diagram>;
/** Any other named visual block (the UI skips types it does not know). */
export type OtherBlock = { type: string; [key: string]: unknown };
/** A narrative block. */
export type Block = MarkdownBlock | CalloutBlock | DiagramBlock | OtherBlock;

/**
 * A narrative block: Markdown, or a named visual block the UI renders by its `type`. Known types
 * are checked strictly; unknown type names pass so content can name blocks a newer UI adds.
 */
export const blockSchema = z
  .looseObject({ type: z.string().regex(/^[a-z][a-z0-9-]*$/, "must be a block type name") })
  .superRefine((block, ctx) => {
    const schema = knownBlocks[block.type as keyof typeof knownBlocks];
    if (schema === undefined) return;
    const result = schema.safeParse(block);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    }
  }) as unknown as z.ZodType<Block>;

/** The current version of the lesson format; older documents are migrated on reading. */
export const LESSON_SCHEMA_VERSION = 2;

/**
 * The learner's task, by kind: each kind has its own folder under `lib/lessons/kinds/` (schema,
 * grader, typical wrong answers) and its own view in the player.
 */
export const taskSchema = z.discriminatedUnion("kind", [
  policyTaskSchema,
  predictTaskSchema,
  classifyTaskSchema,
  consoleTaskSchema,
]);

/** The kinds of task: `policy`, `predict`, `classify`, `console`. */
export const TASK_KINDS = ["policy", "predict", "classify", "console"] as const;
/** A kind of task. */
export type TaskKind = (typeof TASK_KINDS)[number];

/** A lesson, a shared challenge and a classroom assignment all use this one document format. */
export const lessonSchema = z.strictObject({
  schemaVersion: z.literal(LESSON_SCHEMA_VERSION),
  id: kebabId,
  title: z.string().min(1).max(200),
  module: z.string().min(1).max(100),
  summary: z.string().min(1).max(1000),
  objectives: z.array(z.string().min(1).max(300)).max(10),
  estimatedMinutes: z.number().int().min(1).max(240),
  difficulty: z.enum(["beginner", "intermediate", "advanced"]),
  narrative: z.array(blockSchema).max(50),
  scenario: scenarioSchema,
  task: taskSchema,
  hints: z.array(z.string().min(1).max(2000)).max(10),
  debrief: z.string().max(20000),
  /** The AWS documentation page to read next, offered after the debrief. */
  readNext: z
    .strictObject({
      title: z.string().min(1).max(200),
      url: z
        .string()
        .regex(
          /^https:\/\/docs\.aws\.amazon\.com\/[^\s]*$/,
          "must be a page on https://docs.aws.amazon.com/",
        ),
    })
    .optional(),
});

/** A validated lesson document. */
export type Lesson = z.infer<typeof lessonSchema>;
/** A lesson's task. */
export type Task = Lesson["task"];
/** A lesson whose task is of kind `K`. */
export type LessonOf<K extends TaskKind> = Lesson & { task: Extract<Task, { kind: K }> };
/** A lesson whose learner writes policies. */
export type PolicyLesson = LessonOf<"policy">;
/** An answer slot of a policy task. */
export type Slot = PolicyLesson["task"]["slots"][number];
/** A functional check (policy and console tasks). */
export type Check = PolicyLesson["task"]["checks"][number];
/** The least-privilege request space. */
export type LeastPrivilegeSpec = NonNullable<PolicyLesson["task"]["leastPrivilege"]>;
/** What a check expects: `deny` means any denial. */
export type Expectation = Check["expect"];

/** Whether a lesson's task is of kind `kind` (narrows the lesson's type). */
export function isKind<K extends TaskKind>(lesson: Lesson, kind: K): lesson is LessonOf<K> {
  return lesson.task.kind === kind;
}
