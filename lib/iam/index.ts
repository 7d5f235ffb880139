/**
 * Front door of the IAM engine: parse -> evaluate -> explain.
 *
 * Other modules (UI, lessons, sim, lint) import only from here. Every public name is listed
 * explicitly below.
 *
 * Typical use:
 * ```ts
 * const { policy, errors } = parsePolicy(text, { type: "identity" });
 * const decision = evaluate({ request, identityPolicies: [policy] });
 * decision.decision; decision.summary; decision.deciding; decision.trace;
 * ```
 * For many evaluations of the same policies, pass parsed `Policy` objects (or call `prepare`
 * once): evaluation then skips parsing and reuses compiled matchers.
 */

export type {
  PolicyType,
  SourceRange,
  Diagnostic,
  JsonNode,
  JsonObjectNode,
  JsonArrayNode,
  JsonScalarNode,
  JsonEntry,
  JsonParseResult,
  PolicyVersion,
  Effect,
  LocatedValue,
  ValueListElement,
  PrincipalKind,
  PrincipalEntry,
  PrincipalElement,
  ConditionSetOperator,
  ConditionClause,
  ConditionBlock,
  Statement,
  Policy,
  ParseOptions,
  ParseResult,
  ContextScalar,
  ContextValue,
  EvaluationRequest,
  LabelledPolicy,
  PolicyInput,
  EvaluationInput,
  InputIssue,
  DecisionKind,
  DecisionReason,
  TraceStage,
  PolicyRef,
  StatementRef,
  ConditionFailure,
  MismatchReason,
  StatementTrace,
  PolicyTrace,
  StageOutcome,
  TraceStep,
  Decision,
} from "./types";
export { POLICY_TYPES, TRACE_STAGES } from "./types";

// parse
export { parseJson } from "./parse/json";
export { parsePolicy, isPolicy, DEFAULT_MAX_LENGTH, DEFAULT_MAX_DEPTH } from "./parse/policy";

// matching helpers
export { matchWildcard, compileWildcard } from "./wildcard/wildcard";
export type { WildcardMatcher } from "./wildcard/wildcard";
export { parseArn, arnMatches, accountOfArn } from "./arn/arn";
export type { Arn } from "./arn/arn";
export { parsePrincipal } from "./principal/identity";
export type { RequestPrincipal, RequestPrincipalKind } from "./principal/identity";
export { CONDITION_OPERATORS, splitOperator } from "./condition/registry";
export type { ConditionOperator } from "./condition/operator";

// evaluate + explain
export { evaluate, prepare, tryEvaluate, InvalidInputError } from "./evaluate/evaluate";
export type { PreparedInput, TryEvaluateResult } from "./evaluate/evaluate";
export { toDecisionJson } from "./explain/json";

// --- catalog + lint (maintained by the LINT helper; Node-only loader: "@/lib/iam/catalog/node") ---
export { Catalog, memoryCatalogSource, browserCatalogSource, loadBrowserCatalog } from "./catalog";
export type {
  CatalogSource,
  FetchJson,
  ActionLookup,
  ActionSummary,
  ServiceStatus,
  ConditionKeyInfo,
  AccessLevel,
  ConditionKeyType,
  CatalogIndex,
  IndexService,
  IndexAction,
  GlobalConditionKey,
  ServiceDetail,
  ServiceAction,
  ActionResourceType,
  ServiceResourceType,
  ServiceConditionKey,
  ManagedPolicy,
  ManagedPolicySummary,
} from "./catalog";
export {
  lintPolicy,
  LINT_RULES,
  applyEdits,
  policySize,
  sizeLimit,
  referencedServices,
} from "./lint";
export type {
  Finding,
  Fix,
  IdentityPolicyKind,
  LintOptions,
  Rule as LintRule,
  Severity,
  TextEdit,
} from "./lint";
// --- end catalog + lint ---
