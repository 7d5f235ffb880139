import { z } from "zod";
import { RESOURCE_KINDS, type World } from "@/lib/sim";

/** Names of IAM entities and policies: letters, digits and `+=,.@_-`, 1..128 characters. */
export const iamName = z
  .string()
  .regex(/^[\w+=,.@-]{1,128}$/, "must be 1-128 letters, digits or +=,.@_-");

/** A 12-digit AWS account id. */
export const accountId = z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id");

/** A policy document: a JSON object (its grammar is checked by the engine's parser). */
export const policyDocument = z.record(z.string(), z.unknown());

const tags = z.record(z.string().min(1).max(128), z.string().max(256));

/** A managed policy reference: a customer managed name, or `aws:Name` for an AWS managed one. */
export const managedPolicyRef = z
  .string()
  .regex(/^(aws:)?[\w+=,.@-]{1,128}$/, "must be a policy name, or aws:Name for AWS managed");

const inlinePolicy = z.strictObject({ name: iamName, document: policyDocument });

const user = z.strictObject({
  name: iamName,
  path: z.string().optional(),
  groups: z.array(iamName).optional(),
  inline: z.array(inlinePolicy).optional(),
  attached: z.array(managedPolicyRef).optional(),
  boundary: managedPolicyRef.optional(),
  tags: tags.optional(),
});

const group = z.strictObject({
  name: iamName,
  path: z.string().optional(),
  inline: z.array(inlinePolicy).optional(),
  attached: z.array(managedPolicyRef).optional(),
});

const role = z.strictObject({
  name: iamName,
  path: z.string().optional(),
  description: z.string().optional(),
  trustPolicy: policyDocument,
  inline: z.array(inlinePolicy).optional(),
  attached: z.array(managedPolicyRef).optional(),
  boundary: managedPolicyRef.optional(),
  tags: tags.optional(),
  maxSessionDuration: z.number().int().min(3600).max(43200).optional(),
});

const resource = z.strictObject({
  kind: z.enum(RESOURCE_KINDS),
  arn: z.string().startsWith("arn:", "must be an ARN (arn:partition:service:...)"),
  name: z.string().optional(),
  tags: tags.optional(),
  policy: policyDocument.optional(),
});

const account = z.strictObject({
  id: accountId,
  alias: z.string().optional(),
  isManagementAccount: z.boolean().optional(),
  users: z.array(user).optional(),
  groups: z.array(group).optional(),
  roles: z.array(role).optional(),
  policies: z
    .array(
      z.strictObject({
        name: iamName,
        description: z.string().optional(),
        document: policyDocument,
      }),
    )
    .optional(),
  resources: z.array(resource).optional(),
});

const orgAccount = z.strictObject({
  id: accountId,
  scps: z.array(iamName).optional(),
  rcps: z.array(iamName).optional(),
});

interface OrgUnitInput {
  id: string;
  name?: string;
  scps?: string[];
  rcps?: string[];
  children?: OrgUnitInput[];
  accounts?: z.infer<typeof orgAccount>[];
}

const orgUnit: z.ZodType<OrgUnitInput> = z.lazy(() =>
  z.strictObject({
    id: z.string().min(1).max(68),
    name: z.string().optional(),
    scps: z.array(iamName).optional(),
    rcps: z.array(iamName).optional(),
    children: z.array(orgUnit).optional(),
    accounts: z.array(orgAccount).optional(),
  }),
);

const organization = z.strictObject({
  id: z
    .string()
    .regex(/^o-[a-z0-9]{10,32}$/, "must be an organization id such as o-a1b2c3d4e5")
    .optional(),
  managementAccount: accountId,
  policies: z
    .array(
      z.strictObject({ name: iamName, type: z.enum(["scp", "rcp"]), document: policyDocument }),
    )
    .optional(),
  root: orgUnit,
});

/** The schema of a lesson's scenario: a simulated {@link World}. */
export const scenarioSchema = z.strictObject({
  accounts: z.array(account).min(1, "a scenario needs at least one account").max(10),
  organization: organization.optional(),
});

// Compile-time proof that a parsed scenario is a sim World.
const _scenarioIsWorld: (s: z.infer<typeof scenarioSchema>) => World = (s) => s;
void _scenarioIsWorld;
