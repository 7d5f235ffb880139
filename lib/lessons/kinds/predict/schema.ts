import { z } from "zod";
import { kebabId, promptSchema, requestFields } from "../../schema/task";

/** What AWS can decide for a request: the choices of every `predict` question. */
export const DECISION_CHOICES = ["Allow", "ExplicitDeny", "ImplicitDeny"] as const;

/** One request whose outcome the learner predicts. */
export const predictQuestionSchema = z.strictObject({
  id: kebabId,
  /** The request in the author's words ("Bob deletes q1.csv from the reports bucket"). */
  description: z.string().min(1).max(300),
  ...requestFields,
  /** What AWS decides, as the author states it; `lessons -- validate` proves the engine agrees. */
  answer: z.enum(DECISION_CHOICES),
  /** Shown after the check, beside the engine's own explanation. */
  explanation: z.string().max(2000).optional(),
});

/**
 * A `predict` task: the scenario plus several requests; for each, the learner says whether AWS
 * allows it, denies it explicitly, or denies it implicitly. The engine supplies the truth.
 */
export const predictTaskSchema = z.strictObject({
  kind: z.literal("predict"),
  prompt: promptSchema,
  questions: z.array(predictQuestionSchema).min(1, "a predict task needs a question").max(30),
});

/** A validated `predict` task. */
export type PredictTask = z.infer<typeof predictTaskSchema>;
/** One `predict` question. */
export type PredictQuestion = PredictTask["questions"][number];
