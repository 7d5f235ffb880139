/** The teaching policy linter: `lintPolicy(text, { type, catalog })` returns findings. */
export { lintPolicy } from "./lint";
export { LINT_RULES } from "./rules";
export { applyEdits } from "./fix";
export { policySize, sizeLimit } from "./rules/size";
export type {
  Finding,
  Fix,
  IdentityPolicyKind,
  LintOptions,
  Rule,
  Severity,
  TextEdit,
} from "./types";
export { referencedServices } from "./services";
