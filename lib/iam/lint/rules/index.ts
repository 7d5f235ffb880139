/** Every lint rule, by code. Adding a rule touches its file and one line here. */
import type { Rule } from "../types";
import * as actions from "./actions";
import * as conditionValues from "./condition-values";
import * as conditions from "./conditions";
import * as document from "./document";
import * as elementTypes from "./element-types";
import * as org from "./org";
import * as principals from "./principals";
import * as resources from "./resources";
import * as security from "./security";
import * as size from "./size";
import * as statement from "./statement";
import * as variables from "./variables";

const ALL: Rule[] = [
  document.invalidDocument,
  document.missingVersion,
  document.invalidVersion,
  document.oldVersion,
  document.missingStatement,
  document.unknownElement,
  document.duplicateKey,
  elementTypes.invalidElementType,
  document.emptyArray,
  statement.invalidEffect,
  statement.unknownEffectCase,
  statement.missingAction,
  statement.missingResource,
  statement.actionAndNotAction,
  statement.resourceAndNotResource,
  statement.duplicateSid,
  statement.invalidSid,
  statement.missingSid,
  actions.malformedAction,
  actions.variableInAction,
  actions.unknownService,
  actions.unknownAction,
  actions.actionWildcardNoMatch,
  actions.wildcardServiceAction,
  actions.redundantAction,
  resources.invalidArn,
  resources.resourceInTrustPolicy,
  resources.actionResourceMismatch,
  resources.resourceTypeUnknown,
  conditions.unknownConditionOperator,
  conditions.ifExistsWithNull,
  conditions.emptyCondition,
  conditions.unknownConditionKey,
  conditionValues.conditionTypeMismatch,
  conditionValues.conditionOperatorMismatch,
  conditions.forAllValuesSingleValuedKey,
  conditions.forAnyValueSingleValuedKey,
  conditions.missingSetOperator,
  conditions.conditionKeyNotForAction,
  conditions.mfaBoolDenyWithoutIfExists,
  principals.principalInIdentityPolicy,
  principals.principalInScp,
  principals.missingPrincipal,
  principals.invalidPrincipal,
  principals.publicPrincipal,
  principals.allowNotPrincipal,
  security.allowAll,
  security.notActionWithAllow,
  security.notResourceWithAllow,
  security.passRoleWildcard,
  security.privilegeEscalation,
  security.redundantStatement,
  org.trustMissingAssumeAction,
  org.rcpAllowStatement,
  org.rcpPrincipalNotStar,
  org.rcpUnsupportedService,
  size.policyTooLarge,
  variables.variableInOldVersion,
  variables.malformedVariable,
  variables.unknownVariable,
];

/** The rule registry: code -> rule, in the order rules run. */
export const LINT_RULES: Readonly<Record<string, Rule>> = Object.freeze(
  Object.fromEntries(ALL.map((r) => [r.code, r])),
);
