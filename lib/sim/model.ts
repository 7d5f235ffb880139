/**
 * The simulated AWS world as plain, JSON-serialisable data.
 *
 * A lesson's `scenario` is exactly a {@link World}. Later features (a simulated IAM console or
 * CLI) change a world by applying operations (AWS API actions) to this data; the operations live
 * in their own files and never add behaviour to these types.
 */

/** A policy document as JSON (an object), kept raw so the engine can report source ranges. */
export type PolicyDocument = Record<string, unknown>;

/** Tags on an entity or resource. */
export type Tags = Record<string, string>;

/** A named inline policy embedded in a user, group or role. */
export interface InlinePolicy {
  name: string;
  document: PolicyDocument;
}

/** A customer managed policy defined in an account. */
export interface ManagedPolicy {
  name: string;
  description?: string;
  document: PolicyDocument;
}

/** An IAM user. `attached` and `boundary` name managed policies (`aws:Name` for AWS managed). */
export interface User {
  name: string;
  path?: string;
  groups?: string[];
  inline?: InlinePolicy[];
  attached?: string[];
  boundary?: string;
  tags?: Tags;
}

/** An IAM group. */
export interface Group {
  name: string;
  path?: string;
  inline?: InlinePolicy[];
  attached?: string[];
}

/** An IAM role with its trust policy. */
export interface Role {
  name: string;
  path?: string;
  description?: string;
  trustPolicy: PolicyDocument;
  inline?: InlinePolicy[];
  attached?: string[];
  boundary?: string;
  tags?: Tags;
  maxSessionDuration?: number;
}

/** Kinds of resources a scenario can hold. */
export const RESOURCE_KINDS = [
  "s3-bucket",
  "s3-object",
  "ec2-instance",
  "dynamodb-table",
  "kms-key",
  "sqs-queue",
  "lambda-function",
  "sns-topic",
] as const;

/** One of {@link RESOURCE_KINDS}. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** A resource, optionally with its resource-based policy (bucket, key, queue, topic, function). */
export interface Resource {
  kind: ResourceKind;
  arn: string;
  name?: string;
  tags?: Tags;
  policy?: PolicyDocument;
}

/** One AWS account of the world. */
export interface Account {
  /** 12 digits. */
  id: string;
  alias?: string;
  isManagementAccount?: boolean;
  users?: User[];
  groups?: Group[];
  roles?: Role[];
  policies?: ManagedPolicy[];
  resources?: Resource[];
}

/** An SCP or RCP defined in the organization. */
export interface OrgPolicy {
  name: string;
  type: "scp" | "rcp";
  document: PolicyDocument;
}

/**
 * A level of the organization: the root or an OU. `scps`/`rcps` name attached org policies;
 * when omitted, AWS's defaults apply (`FullAWSAccess`, `RCPFullAWSAccess`).
 */
export interface OrgUnit {
  id: string;
  name?: string;
  scps?: string[];
  rcps?: string[];
  children?: OrgUnit[];
  accounts?: OrgAccount[];
}

/** An account's own place in the organization, with the policies attached directly to it. */
export interface OrgAccount {
  id: string;
  scps?: string[];
  rcps?: string[];
}

/** An AWS Organization spanning some of the world's accounts. */
export interface Organization {
  /** The organization id (`o-` and 10 to 32 letters or digits); with it, requests carry `aws:PrincipalOrgID`. */
  id?: string;
  managementAccount: string;
  policies?: OrgPolicy[];
  root: OrgUnit;
}

/** The whole simulated world: accounts and, optionally, their organization. */
export interface World {
  accounts: Account[];
  organization?: Organization;
}

/** Name of the SCP AWS attaches everywhere by default. */
export const FULL_AWS_ACCESS = "FullAWSAccess";
/** Name of the RCP AWS attaches everywhere by default. */
export const RCP_FULL_AWS_ACCESS = "RCPFullAWSAccess";
