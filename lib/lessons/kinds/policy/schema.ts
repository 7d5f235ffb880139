import { z } from "zod";
import { POLICY_TYPES } from "@/lib/iam";
import { policyDocument } from "../../schema/scenario";
import {
  checkSchema,
  kebabId,
  leastPrivilegeSchema,
  promptSchema,
  slotTargetSchema,
} from "../../schema/task";

/** One document the learner writes or fixes, and where it lives in the account. */
export const slotSchema = z.strictObject({
  id: kebabId,
  label: z.string().min(1).max(200),
  target: slotTargetSchema,
  policyType: z.enum(POLICY_TYPES),
  starter: z.string().max(64 * 1024),
});

/**
 * A `policy` task: the learner writes (or fixes) one or more policy documents; functional checks
 * and an optional least-privilege comparison with the reference solution grade them.
 */
export const policyTaskSchema = z.strictObject({
  kind: z.literal("policy"),
  /**
   * `write` (the default): the learner writes the documents. `fix`: the starters are a broken or
   * dangerous policy and `symptom` is what was reported ("Bob gets AccessDenied when…").
   */
  mode: z.enum(["write", "fix"]).optional(),
  symptom: z.string().min(1).max(2000).optional(),
  prompt: promptSchema,
  slots: z.array(slotSchema).min(1, "a policy task needs at least one slot").max(8),
  checks: z.array(checkSchema).min(1, "a policy task needs at least one check").max(100),
  leastPrivilege: leastPrivilegeSchema.optional(),
  /** The reference solution: one document per slot id. */
  solution: z.record(z.string(), policyDocument),
});

/** A validated `policy` task. */
export type PolicyTask = z.infer<typeof policyTaskSchema>;
