/**
 * The simulated account as plain, JSON-serialisable data: everything `lib/sim`'s {@link World}
 * holds plus what only AWS's API shows (ids, creation dates, login profiles, access keys, policy
 * versions, instance profiles, bucket and instance details). Operations never mutate a state:
 * they return a new one (see `operation.ts`).
 */
import type { InlinePolicy, Organization, PolicyDocument, Resource, Tags } from "@/lib/sim";

/** A console password (`CreateLoginProfile`). The password itself is never kept. */
export interface LoginProfileRecord {
  created: string;
  passwordResetRequired: boolean;
}

/** An access key of an IAM user. */
export interface AccessKeyRecord {
  id: string;
  secret: string;
  status: "Active" | "Inactive";
  created: string;
}

/** An IAM user with everything the API reports about it. */
export interface UserRecord {
  name: string;
  path: string;
  id: string;
  created: string;
  groups: string[];
  inline: InlinePolicy[];
  /** Managed policies: a customer managed name, or `aws:Name` for an AWS managed one. */
  attached: string[];
  boundary?: string;
  tags: Tags;
  loginProfile?: LoginProfileRecord;
  accessKeys: AccessKeyRecord[];
}

/** An IAM group. */
export interface GroupRecord {
  name: string;
  path: string;
  id: string;
  created: string;
  inline: InlinePolicy[];
  attached: string[];
}

/** An IAM role. */
export interface RoleRecord {
  name: string;
  path: string;
  id: string;
  created: string;
  description?: string;
  trustPolicy: PolicyDocument;
  inline: InlinePolicy[];
  attached: string[];
  boundary?: string;
  tags: Tags;
  maxSessionDuration: number;
}

/** One version of a customer managed policy. */
export interface PolicyVersionRecord {
  id: string;
  document: PolicyDocument;
  created: string;
}

/** A customer managed policy with its versions (at most 5). */
export interface PolicyRecord {
  name: string;
  path: string;
  id: string;
  created: string;
  updated: string;
  description?: string;
  versions: PolicyVersionRecord[];
  defaultVersion: string;
  /** The number the next version gets (`v<n>`): version ids are never reused. */
  nextVersion: number;
}

/** An instance profile (holds at most one role). */
export interface InstanceProfileRecord {
  name: string;
  path: string;
  id: string;
  created: string;
  roles: string[];
}

/** An S3 bucket. */
export interface BucketRecord {
  name: string;
  created: string;
  tags?: Tags;
  policy?: PolicyDocument;
}

/** An S3 object. */
export interface ObjectRecord {
  bucket: string;
  key: string;
  size: number;
  modified: string;
  body: string;
  tags?: Tags;
}

/** EC2 instance states with their API codes. */
export const INSTANCE_STATES = {
  pending: 0,
  running: 16,
  "shutting-down": 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
} as const;

/** An EC2 instance state name. */
export type InstanceStateName = keyof typeof INSTANCE_STATES;

/** An EC2 instance. */
export interface InstanceRecord {
  id: string;
  region: string;
  state: InstanceStateName;
  type: string;
  imageId: string;
  launched: string;
  privateIp: string;
  subnetId: string;
  vpcId: string;
  tags?: Tags;
  instanceProfile?: string;
  name?: string;
}

/** One account of the state. */
export interface AccountRecord {
  id: string;
  alias?: string;
  isManagementAccount?: boolean;
  users: UserRecord[];
  groups: GroupRecord[];
  roles: RoleRecord[];
  policies: PolicyRecord[];
  instanceProfiles: InstanceProfileRecord[];
  buckets: BucketRecord[];
  objects: ObjectRecord[];
  instances: InstanceRecord[];
  /** Resources of kinds this model does not operate on yet (tables, keys, queues...), kept as is. */
  otherResources: Resource[];
}

/** Temporary or long-term credentials the account issued, by access key id. */
export interface IssuedCredential {
  /** The principal the key signs as: a user ARN or a role session ARN. */
  arn: string;
  sessionPolicy?: PolicyDocument;
  /** True for a role session obtained by a role session (role chaining). */
  chained?: boolean;
  expiration?: string;
}

/** The whole simulated state: accounts, organization, and the deterministic clock and ids. */
export interface AccountState {
  accounts: AccountRecord[];
  organization?: Organization;
  /** Seed of the id generator (derived from the scenario). */
  seed: number;
  /** Ids issued so far. */
  counter: number;
  /** "Now", in milliseconds since the epoch. */
  clock: number;
  credentials: Record<string, IssuedCredential>;
}

/** Finds an account of the state by id. */
export function accountById(state: AccountState, id: string): AccountRecord | undefined {
  return state.accounts.find((a) => a.id === id);
}

/** Case-insensitive lookup by name, as IAM compares names. */
export function byName<T extends { name: string }>(
  items: readonly T[],
  name: string,
): T | undefined {
  const lower = name.toLowerCase();
  return items.find((i) => i.name.toLowerCase() === lower);
}
