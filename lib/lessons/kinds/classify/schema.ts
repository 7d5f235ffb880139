import { z } from "zod";
import { kebabId, promptSchema } from "../../schema/task";

const labelled = z.strictObject({
  id: kebabId,
  label: z.string().min(1).max(120),
  description: z.string().max(500).optional(),
});

/** One item the learner sorts into a category. */
export const classifyItemSchema = z.strictObject({
  id: kebabId,
  text: z.string().min(1).max(300),
  /** The group the item belongs to (a service such as EC2 or S3), when the task has groups. */
  group: kebabId.optional(),
  /** The id of the right category. */
  answer: kebabId,
  /** Why that category is right; shown after the check. */
  explanation: z.string().min(1).max(2000),
});

/**
 * A `classify` task: items sorted into the author's categories (for the shared responsibility
 * model: duties into AWS or customer), optionally grouped (per service: EC2, RDS, Lambda, S3).
 */
export const classifyTaskSchema = z.strictObject({
  kind: z.literal("classify"),
  prompt: promptSchema,
  categories: z.array(labelled).min(2, "a classify task needs at least two categories").max(8),
  groups: z.array(labelled).max(8).optional(),
  items: z.array(classifyItemSchema).min(1, "a classify task needs an item").max(60),
});

/** A validated `classify` task. */
export type ClassifyTask = z.infer<typeof classifyTaskSchema>;
/** One `classify` item. */
export type ClassifyItem = ClassifyTask["items"][number];
