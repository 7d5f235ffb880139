/**
 * The shapes of the generated catalog files under `public/catalog/`.
 * `lib/build/catalog.ts` writes them; the loaders read them; `Catalog` answers questions over them.
 */

/** Access level of an action, as the AWS Service Authorization Reference names it. */
export type AccessLevel = "List" | "Read" | "Write" | "Permissions management" | "Tagging";

/** Data type of a condition key, as the AWS reference names it. */
export type ConditionKeyType =
  | "String"
  | "ARN"
  | "Bool"
  | "Date"
  | "IPAddress"
  | "Numeric"
  | "Binary"
  | "ArrayOfString"
  | "ArrayOfARN"
  | "ArrayOfBool"
  | "ArrayOfNumeric"
  | "ArrayOfDate";

/** One action in the compact index: `[name, accessLevel]`. */
export type IndexAction = [name: string, accessLevel: AccessLevel];

/** One service in the compact index. */
export interface IndexService {
  /** Service prefix, e.g. `s3`. */
  prefix: string;
  /** Human name, e.g. `Amazon S3`. */
  name: string;
  /** Every action of the service with its access level. */
  actions: IndexAction[];
}

/** A global (`aws:`-style) condition key. */
export interface GlobalConditionKey {
  /** Key as AWS spells it; tag-style keys end in `/${TagKey}`. */
  key: string;
  type: ConditionKeyType;
  /** True when the key can carry several values in one request (aws:TagKeys, aws:CalledVia). */
  multiValued: boolean;
  /** A short category: principal, session, network, resource, request. */
  category: string;
}

/** `public/catalog/index.json`. */
export interface CatalogIndex {
  /** Format version of this file. */
  format: 1;
  /** Version of the source data package. */
  dataVersion: string;
  services: IndexService[];
  globalConditionKeys: GlobalConditionKey[];
  /** Service prefixes that support resource control policies. */
  rcpServices: string[];
}

/** One resource type an action can act on. */
export interface ActionResourceType {
  name: string;
  /** True when the action must name this resource type (marked `*` in the AWS reference). */
  required: boolean;
  /** Condition keys that apply only with this resource type. */
  conditionKeys?: string[];
}

/** Full details of one action. */
export interface ServiceAction {
  name: string;
  accessLevel: AccessLevel;
  description: string;
  resourceTypes: ActionResourceType[];
  conditionKeys: string[];
  dependentActions?: string[];
}

/** A resource type with its ARN format. */
export interface ServiceResourceType {
  name: string;
  /** ARN format such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arn: string;
  conditionKeys: string[];
}

/** A service-specific condition key. */
export interface ServiceConditionKey {
  key: string;
  type: ConditionKeyType;
  description: string;
}

/** `public/catalog/services/<prefix>.json`. */
export interface ServiceDetail {
  prefix: string;
  name: string;
  actions: ServiceAction[];
  resourceTypes: ServiceResourceType[];
  conditionKeys: ServiceConditionKey[];
}

/** One entry of `public/catalog/managed/index.json`. */
export interface ManagedPolicySummary {
  name: string;
  arn: string;
  /** Version id of the stored document, e.g. `v7`. */
  version: string;
  description: string;
}

/** `public/catalog/managed/<Name>.json`. */
export interface ManagedPolicy extends ManagedPolicySummary {
  document: unknown;
}
