import { z } from "zod";
import { checkSchema, promptSchema } from "../../schema/task";

/** The answer of a `console` task: `aws` command lines, run in order (per the CLI contract). */
export const consoleAnswerSchema = z.strictObject({
  commands: z.array(z.string().min(1).max(4000)).max(200),
});

/**
 * A `console` task: the learner acts in the simulated account through the console or the
 * terminal (every console action has an equivalent `aws` command). After the learner's actions,
 * the checks are requests decided against the changed account.
 */
export const consoleTaskSchema = z.strictObject({
  kind: z.literal("console"),
  prompt: promptSchema,
  /** Who the learner is when the lesson starts (default: the account's root user). */
  startAs: z.string().min(1).optional(),
  checks: z.array(checkSchema).min(1, "a console task needs at least one check").max(100),
  /** The reference solution: commands that reach the goal. */
  solution: consoleAnswerSchema,
});

/** A validated `console` task. */
export type ConsoleTask = z.infer<typeof consoleTaskSchema>;
/** A `console` answer. */
export type ConsoleAnswer = z.infer<typeof consoleAnswerSchema>;
