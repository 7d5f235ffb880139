import { z } from "zod";
import { policyDocument, scenarioSchema } from "./scenario";
import { checkSchema, kebabId, leastPrivilegeSchema, taskSchema } from "./task";

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

/** The current (and only) version of the lesson format. */
export const LESSON_SCHEMA_VERSION = 1;

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
  checks: z.array(checkSchema).min(1, "a lesson needs at least one check").max(100),
  leastPrivilege: leastPrivilegeSchema.optional(),
  hints: z.array(z.string().min(1).max(2000)).max(10),
  solution: z.record(z.string(), policyDocument),
  debrief: z.string().max(20000),
});

/** A validated lesson document. */
export type Lesson = z.infer<typeof lessonSchema>;
/** An answer slot of a lesson's task. */
export type Slot = Lesson["task"]["slots"][number];
/** A functional check. */
export type Check = Lesson["checks"][number];
/** The least-privilege request space. */
export type LeastPrivilegeSpec = NonNullable<Lesson["leastPrivilege"]>;
/** What a check expects: `deny` means any denial. */
export type Expectation = Check["expect"];
