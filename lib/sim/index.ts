/**
 * Front door of the simulated AWS world: plain data (`model`), lookups (`indexWorld`), principal
 * resolution, and gathering the engine input for a request (`requestToEvaluationInput`).
 */
export type {
  PolicyDocument,
  Tags,
  InlinePolicy,
  ManagedPolicy,
  User,
  Group,
  Role,
  ResourceKind,
  Resource,
  Account,
  OrgPolicy,
  OrgUnit,
  OrgAccount,
  Organization,
  World,
} from "./model";
export { RESOURCE_KINDS, FULL_AWS_ACCESS, RCP_FULL_AWS_ACCESS } from "./model";
export type { SimAccount, SimWorld } from "./world";
export { indexWorld, entityArn } from "./world";
export type { ResolvedPrincipal, PrincipalResult } from "./principal";
export { resolvePrincipal } from "./principal";
export type { OrgLevel } from "./org";
export {
  levelsOf,
  allLevelIds,
  orgPolicyDocument,
  FULL_AWS_ACCESS_DOCUMENT,
  RCP_FULL_AWS_ACCESS_DOCUMENT,
} from "./org";
export type { PolicyTarget, PolicyTargetKind, PolicyOverride } from "./targets";
export { describeTarget } from "./targets";
export type { DocumentPreparer } from "./prepare";
export { rawDocuments, cachingPreparer } from "./prepare";
export type { SimRequest, GatherOptions, GatherResult } from "./gather";
export { requestToEvaluationInput } from "./gather";
