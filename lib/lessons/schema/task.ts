import { z } from "zod";
import type { PolicyType } from "@/lib/iam";
import type { PolicyTarget } from "@/lib/sim";
import { accountId, iamName, managedPolicyRef, policyDocument } from "./scenario";

/** A task's instructions, shown above the work area. */
export const promptSchema = z.string().max(8000).optional();

const optionalAccount = { account: accountId.optional() };

const target = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("user-inline"),
    ...optionalAccount,
    user: iamName,
    policyName: iamName,
  }),
  z.strictObject({
    kind: z.literal("group-inline"),
    ...optionalAccount,
    group: iamName,
    policyName: iamName,
  }),
  z.strictObject({
    kind: z.literal("role-inline"),
    ...optionalAccount,
    role: iamName,
    policyName: iamName,
  }),
  z.strictObject({ kind: z.literal("role-trust"), ...optionalAccount, role: iamName }),
  z.strictObject({
    kind: z.literal("resource-policy"),
    arn: z.string().startsWith("arn:", "must be an ARN"),
  }),
  z
    .strictObject({
      kind: z.literal("boundary"),
      ...optionalAccount,
      user: iamName.optional(),
      role: iamName.optional(),
    })
    .refine(
      (t) => (t.user === undefined) !== (t.role === undefined),
      "name exactly one of user or role",
    ),
  z.strictObject({ kind: z.literal("managed-policy"), ...optionalAccount, name: managedPolicyRef }),
  z.strictObject({ kind: z.literal("scp"), level: z.string().min(1), policyName: iamName }),
  z.strictObject({ kind: z.literal("rcp"), level: z.string().min(1), policyName: iamName }),
]);

/** Which policy type each target kind holds. */
export const TARGET_POLICY_TYPE: Record<PolicyTarget["kind"], PolicyType> = {
  "user-inline": "identity",
  "group-inline": "identity",
  "role-inline": "identity",
  "managed-policy": "identity",
  "role-trust": "trust",
  "resource-policy": "resource",
  boundary: "boundary",
  scp: "scp",
  rcp: "rcp",
};

/** Slot ids are kebab-case so they read well in URLs and trace ids (`slot:<id>`). */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (lowercase letters, digits and dashes)")
  .max(64);

const contextValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/** The fields of a request made in a lesson's world: who calls what on which resource, how. */
export const requestFields = {
  principal: z.string().min(1),
  action: z.string().regex(/^[\w-]+:[\w*?-]+$/, "must be service:Action, e.g. s3:GetObject"),
  resource: z.string().min(1),
  context: z.record(z.string(), contextValue).optional(),
  sessionPolicy: policyDocument.optional(),
};

/** One functional check: a request and the outcome it must have. */
export const checkSchema = z.strictObject({
  id: kebabId,
  description: z.string().min(1).max(300),
  ...requestFields,
  expect: z.enum(["allow", "deny", "ExplicitDeny", "ImplicitDeny"]),
});

/** The request space of the least-privilege check. */
export const leastPrivilegeSchema = z.strictObject({
  principals: z.array(z.string().min(1)).max(20).optional(),
  services: z
    .array(z.string().regex(/^[a-z0-9-]+$/, "must be a service prefix such as s3"))
    .max(10)
    .optional(),
  resources: z.array(z.string().min(1)).max(50).optional(),
  extraActions: z
    .array(z.string().regex(/^[\w-]+:[\w-]+$/, "must be service:Action"))
    .max(200)
    .optional(),
  mode: z.enum(["no-more", "exact"]).optional(),
});

export { target as slotTargetSchema };
