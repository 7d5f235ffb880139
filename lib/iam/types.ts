/**
 * Public types of the IAM engine (parse -> evaluate -> explain).
 *
 * Other modules code against these names: change them only additively.
 * Everything here is plain, JSON-serialisable data unless noted.
 */

/** The kind of policy a document is, which decides its grammar and its place in evaluation. */
export type PolicyType = "identity" | "resource" | "trust" | "scp" | "rcp" | "boundary" | "session";

/** All policy types, in a stable order. */
export const POLICY_TYPES: readonly PolicyType[] = [
  "identity",
  "resource",
  "trust",
  "scp",
  "rcp",
  "boundary",
  "session",
];

/** A place in a source text. `line` and `column` are 1-based; `offset` and `length` count UTF-16 units. */
export interface SourceRange {
  offset: number;
  length: number;
  line: number;
  column: number;
}

/** A problem found while reading a document, with its JSON path and position (1-based line/column). */
export interface Diagnostic {
  /** Stable machine code, e.g. `json-syntax`, `duplicate-key`, `invalid-value`, `missing-element`. */
  code: string;
  /** One plain sentence, e.g. `Statement[0].Effect must be "Allow" or "Deny", got "allow"`. */
  message: string;
  /** JSON path such as `Statement[1].Condition.StringEquals["aws:SourceIp"]`; `""` for the whole document. */
  path: string;
  line: number;
  column: number;
  offset: number;
  length: number;
}

// ---------------------------------------------------------------------------
// Position-keeping JSON AST (used by the parser; also handy for the linter)
// ---------------------------------------------------------------------------

/** A JSON value with its source range (absent when built from an in-memory object). */
export type JsonNode = JsonObjectNode | JsonArrayNode | JsonScalarNode;

/** A JSON object; `entries` keeps every key in source order, duplicates included. */
export interface JsonObjectNode {
  kind: "object";
  entries: JsonEntry[];
  range?: SourceRange;
}

/** One `"key": value` pair of a JSON object. */
export interface JsonEntry {
  key: string;
  keyRange?: SourceRange;
  value: JsonNode;
}

/** A JSON array. */
export interface JsonArrayNode {
  kind: "array";
  items: JsonNode[];
  range?: SourceRange;
}

/** A JSON string, number, boolean or null. */
export interface JsonScalarNode {
  kind: "string" | "number" | "boolean" | "null";
  value: string | number | boolean | null;
  range?: SourceRange;
}

/** Result of reading JSON text. */
export interface JsonParseResult {
  value?: JsonNode;
  errors: Diagnostic[];
}

// ---------------------------------------------------------------------------
// Policy model
// ---------------------------------------------------------------------------

/** Policy language versions. An absent `Version` means `2008-10-17` (policy variables are literal text). */
export type PolicyVersion = "2012-10-17" | "2008-10-17";

/** `Allow` or `Deny` (case-sensitive in documents). */
export type Effect = "Allow" | "Deny";

/** A string from the document together with its JSON path and source range. */
export interface LocatedValue {
  value: string;
  path: string;
  range?: SourceRange;
}

/** `Action`/`NotAction` or `Resource`/`NotResource`: `negated` is true for the `Not...` form. */
export interface ValueListElement {
  /** The element name as written: `Action`, `NotAction`, `Resource` or `NotResource`. */
  name: string;
  negated: boolean;
  values: LocatedValue[];
  path: string;
  range?: SourceRange;
}

/** The kind of one principal entry; `*` is the bare `"Principal": "*"` form. */
export type PrincipalKind = "*" | "AWS" | "Service" | "Federated" | "CanonicalUser";

/** One principal named by a `Principal`/`NotPrincipal` element. */
export interface PrincipalEntry extends LocatedValue {
  kind: PrincipalKind;
}

/** A `Principal` or `NotPrincipal` element. */
export interface PrincipalElement {
  /** `Principal` or `NotPrincipal`. */
  name: string;
  negated: boolean;
  entries: PrincipalEntry[];
  path: string;
  range?: SourceRange;
}

/** Set operator prefix of a condition operator. */
export type ConditionSetOperator = "ForAllValues" | "ForAnyValue";

/** One `operator: { key: values }` test of a `Condition` block (one clause per key). */
export interface ConditionClause {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The base operator without prefix or `IfExists`, e.g. `StringLike`. */
  baseOperator: string;
  setOperator?: ConditionSetOperator;
  ifExists: boolean;
  /** The condition key as written (matched case-insensitively). */
  key: string;
  /** Policy values, read as strings (numbers and booleans in their JSON text form). */
  values: LocatedValue[];
  /** Path of the key, e.g. `Statement[0].Condition.StringEquals["aws:SourceIp"]`. */
  path: string;
  range?: SourceRange;
  /** Path and range of the operator key. */
  operatorPath: string;
  operatorRange?: SourceRange;
}

/** A `Condition` block. */
export interface ConditionBlock {
  clauses: ConditionClause[];
  path: string;
  range?: SourceRange;
}

/** One statement of a policy. */
export interface Statement {
  /** 0-based position in the `Statement` array (0 when `Statement` is a single object). */
  index: number;
  /** `Statement[0]`, or `Statement` when the policy holds a single statement object. */
  path: string;
  range?: SourceRange;
  sid?: string;
  effect: Effect;
  effectRange?: SourceRange;
  /** `Action` or `NotAction` (always present in a valid statement). */
  action: ValueListElement;
  /** `Resource` or `NotResource` (absent in trust policies). */
  resource?: ValueListElement;
  /** `Principal` or `NotPrincipal` (only in resource, trust and rcp policies). */
  principal?: PrincipalElement;
  condition?: ConditionBlock;
}

/** A validated policy document. Build with `parsePolicy`; treat as immutable. */
export interface Policy {
  readonly kind: "Policy";
  type: PolicyType;
  version: PolicyVersion;
  /** False when the document had no `Version` element. */
  versionGiven: boolean;
  /** The optional `Id` element. */
  documentId?: string;
  statements: Statement[];
  /** The source text the ranges refer to (absent when parsed from an in-memory object). */
  source?: string;
  range?: SourceRange;
}

/** Options for `parsePolicy`. */
export interface ParseOptions {
  /** Decides which elements are allowed (default `identity`). */
  type?: PolicyType;
  /** Largest accepted text in characters (default 1,000,000). */
  maxLength?: number;
  /** Deepest accepted nesting of arrays/objects (default 64). */
  maxDepth?: number;
}

/** Result of `parsePolicy`: `policy` is present exactly when `errors` is empty. */
export interface ParseResult {
  policy?: Policy;
  errors: Diagnostic[];
  source?: string;
}

// ---------------------------------------------------------------------------
// Evaluation input (the CLI contract's shape)
// ---------------------------------------------------------------------------

/** A scalar request context value; numbers and booleans are read as their string form. */
export type ContextScalar = string | number | boolean;

/** A request context value: one value or several (multi-valued keys such as `aws:TagKeys`). */
export type ContextValue = ContextScalar | readonly ContextScalar[];

/** The request being authorised. */
export interface EvaluationRequest {
  /**
   * IAM user ARN, role ARN (a session of that role), role session ARN
   * (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`), federated user ARN, account root ARN,
   * service principal (`ec2.amazonaws.com`) or `anonymous`.
   */
  principal: string;
  action: string;
  /** An ARN, or `*` for actions that take no resource. */
  resource: string;
  /** Owner of the resource; defaults to the ARN's account, else the principal's account. */
  resourceAccount?: string;
  context?: Record<string, ContextValue>;
  /**
   * Project extension: the principal is a service-linked role, so SCPs and RCPs do not apply.
   * When absent it is derived: a role whose path starts with `aws-service-role/`, or whose name
   * starts with `AWSServiceRoleFor`.
   */
  serviceLinkedRole?: boolean;
}

/** A policy with a name for traces: `id` is stable, `label` is for people ("inline policy DevAccess of group Developers"). */
export interface LabelledPolicy {
  id: string;
  label?: string;
  /** Overrides the type the engine would infer from the policy's place in the input. */
  type?: PolicyType;
  document: unknown;
}

/** One policy of an input: a raw document (object or JSON text), a parsed `Policy`, or a labelled one. */
export type PolicyInput = string | Record<string, unknown> | Policy | LabelledPolicy;

/** Everything `evaluate` needs; the CLI contract's evaluation input. */
export interface EvaluationInput {
  request: EvaluationRequest;
  identityPolicies?: readonly PolicyInput[];
  /** Bucket policy, KMS key policy, role trust policy (for `sts:AssumeRole*` on a role), ... */
  resourcePolicy?: PolicyInput | null;
  permissionsBoundary?: PolicyInput | null;
  sessionPolicy?: PolicyInput | null;
  /** SCPs of the principal's account, one array per level from the root down. Absent: not in an organization. */
  scps?: readonly (readonly PolicyInput[])[] | null;
  /** RCPs of the resource's account, one array per level from the root down. Absent: none. */
  rcps?: readonly (readonly PolicyInput[])[] | null;
  /**
   * Project extension: the organization's management account id. SCPs do not apply when the
   * principal belongs to it; RCPs do not apply when the resource belongs to it.
   */
  managementAccount?: string;
}

/** One problem with an evaluation input, e.g. an invalid policy, named by its JSON path in the input. */
export interface InputIssue {
  /** Path in the input, e.g. `identityPolicies[1].Statement[0].Effect`. */
  path: string;
  message: string;
  /** The policy diagnostic behind the issue, when there is one (positions refer to that policy's text). */
  diagnostic?: Diagnostic;
}

// ---------------------------------------------------------------------------
// Decision and trace
// ---------------------------------------------------------------------------

/** The final answer. */
export type DecisionKind = "Allow" | "ExplicitDeny" | "ImplicitDeny";

/** Why the decision came out as it did (stable codes for UIs and grading). */
export type DecisionReason =
  | "allowed"
  | "explicit-deny"
  | "scp-no-allow"
  | "rcp-no-allow"
  | "no-identity-allow"
  | "boundary-no-allow"
  | "session-no-allow"
  | "resource-policy-required"
  | "cross-account-no-resource-allow"
  | "cross-account-no-identity-allow"
  | "anonymous-no-public-allow"
  | "anonymous-needs-credentials"
  | "service-no-resource-allow";

/** A place in evaluation, in the order AWS consults them. */
export type TraceStage = "scp" | "rcp" | "resource" | "identity" | "boundary" | "session";

/** The AWS order of trace stages. */
export const TRACE_STAGES: readonly TraceStage[] = [
  "scp",
  "rcp",
  "resource",
  "identity",
  "boundary",
  "session",
];

/** Names a policy of the input. */
export interface PolicyRef {
  /** The labelled id, or the input path (`identityPolicies[0]`, `resourcePolicy`, `scps[1][0]`). */
  id: string;
  label?: string;
  type: PolicyType;
  /** Path of the policy in the evaluation input. */
  inputPath: string;
}

/** Names one statement of one policy, with where to find it in the policy's source. */
export interface StatementRef {
  policy: PolicyRef;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  /** Path inside the policy document, e.g. `Statement[2]`. */
  path: string;
  range?: SourceRange;
}

/** Why a condition clause was false. */
export interface ConditionFailure {
  operator: string;
  key: string;
  /** Request values for the key (empty when missing). */
  requestValues: string[];
  /** Policy values after policy variables were resolved (unresolvable ones are shown as written). */
  policyValues: string[];
  missing: boolean;
  path: string;
  range?: SourceRange;
  /** One plain sentence. */
  message: string;
}

/** Why a statement did not apply to the request. */
export type MismatchReason =
  | { kind: "action"; element: string; path: string; range?: SourceRange; message: string }
  | { kind: "resource"; element: string; path: string; range?: SourceRange; message: string }
  | { kind: "principal"; element: string; path: string; range?: SourceRange; message: string }
  | {
      kind: "condition";
      failure: ConditionFailure;
      path: string;
      range?: SourceRange;
      message: string;
    };

/** The outcome of one statement for the request. */
export interface StatementTrace {
  statement: StatementRef;
  /** True when action, resource, principal and every condition matched. */
  matched: boolean;
  /** Empty when matched; otherwise every element that did not match. */
  reasons: MismatchReason[];
}

/** The statements of one policy, evaluated. */
export interface PolicyTrace {
  policy: PolicyRef;
  statements: StatementTrace[];
}

/** What a stage contributed. */
export type StageOutcome = "explicit-deny" | "allow" | "no-allow" | "not-applicable";

/** One consulted stage (for SCPs and RCPs, one step per organization level). */
export interface TraceStep {
  stage: TraceStage;
  /** Organization level (0 = root) for scp and rcp steps. */
  level?: number;
  /** Which account's side of a cross-account request this step belongs to. */
  side: "principal" | "resource";
  outcome: StageOutcome;
  /** One plain sentence on what this step meant for the decision. */
  note: string;
  policies: PolicyTrace[];
}

/** The result of `evaluate`. `summary` and `trace` may be computed on first access. */
export interface Decision {
  readonly decision: DecisionKind;
  readonly reason: DecisionReason;
  /** The stage that decided a denial, or that granted an allow. */
  readonly decidedAt?: TraceStage;
  /** The statements that decided: the matching Deny statements, or the Allow statements that granted. */
  readonly deciding: StatementRef[];
  /** One sentence in AWS's style. */
  readonly summary: string;
  readonly trace: TraceStep[];
}
