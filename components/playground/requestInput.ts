import {
  parsePolicy,
  parsePrincipal,
  type ContextValue,
  type EvaluationInput,
  type LabelledPolicy,
  type Policy,
  type PolicyType,
} from "@/lib/iam";

/** One row of the request context: a condition key and its value(s), comma-separated. */
export interface ContextRow {
  /** Stable key for React lists; not part of the request. */
  id: string;
  key: string;
  value: string;
}

/** The "Try a request" form, as typed. */
export interface PlaygroundRequest {
  principal: string;
  action: string;
  resource: string;
  /** Owner of the resource; empty means "from the ARN, else the caller's account". */
  resourceAccount: string;
  context: ContextRow[];
  /** For resource and trust policies: also give the caller an allow-all identity policy. */
  callerAllowAll: boolean;
}

/** A form field a problem belongs to. */
export type RequestField =
  "principal" | "action" | "resource" | "resourceAccount" | "context" | "policy";

/** A problem with the form, naming its field. */
export interface FieldError {
  field: RequestField;
  /** Index of the context row, for `context` problems. */
  row?: number;
  message: string;
}

/** The result of turning the form into an engine input. */
export type BuildResult =
  { ok: true; input: EvaluationInput; policy: Policy } | { ok: false; errors: FieldError[] };

/** Id of the editor's policy in the evaluation input (and in the trace's statement refs). */
export const EDITOR_POLICY_ID = "playground";

/** Id of the implicit allow-all identity policy. */
export const ALLOW_ALL_ID = "allow-all-identity";

const ALLOW_ALL: LabelledPolicy = {
  id: ALLOW_ALL_ID,
  label: "Assumed identity policy (allows everything)",
  type: "identity",
  document: {
    Version: "2012-10-17",
    Statement: [{ Sid: "AllowAll", Effect: "Allow", Action: "*", Resource: "*" }],
  },
};

const TYPE_LABEL: Record<PolicyType, string> = {
  identity: "identity policy",
  resource: "resource policy",
  trust: "trust policy",
  scp: "service control policy",
  rcp: "resource control policy",
  boundary: "permissions boundary",
  session: "session policy",
};

/** The principals the form offers as presets. */
export const PRINCIPAL_PRESETS: { label: string; value: string }[] = [
  { label: "IAM user (alice)", value: "arn:aws:iam::111122223333:user/alice" },
  { label: "Role (AppRole)", value: "arn:aws:iam::111122223333:role/AppRole" },
  {
    label: "Role session (AppRole/build-42)",
    value: "arn:aws:sts::111122223333:assumed-role/AppRole/build-42",
  },
  { label: "Another account's user (bob)", value: "arn:aws:iam::444455556666:user/bob" },
  { label: "Anonymous caller", value: "anonymous" },
  { label: "Service (EC2)", value: "ec2.amazonaws.com" },
];

/** Whether a policy type takes the implicit allow-all identity policy. */
export function needsAllowAll(type: PolicyType): boolean {
  return type === "boundary" || type === "session" || type === "scp" || type === "rcp";
}

/** Whether the "also allow in the caller's identity policy" option applies to this type. */
export function offersCallerAllowAll(type: PolicyType): boolean {
  return type === "resource" || type === "trust";
}

/** One line on how the editor's policy is placed in the evaluation, for the form's footer. */
export function assumptionText(type: PolicyType, callerAllowAll: boolean): string {
  switch (type) {
    case "identity":
      return "Your policy is the caller's only identity policy; no resource policy, boundary, session policy or organization policies apply.";
    case "resource":
    case "trust": {
      const what = type === "trust" ? "the role's trust policy" : "the resource's policy";
      return callerAllowAll
        ? `Your policy is ${what}, and the caller's identity policies allow everything.`
        : `Your policy is ${what}; the caller has no identity policies.`;
    }
    case "boundary":
      return "Your policy is the caller's permissions boundary; an identity policy that allows everything is assumed.";
    case "session":
      return "Your policy is the session policy; the role's identity policy is assumed to allow everything.";
    case "scp":
      return "Your policy is the only SCP of the caller's account (one level); an identity policy that allows everything is assumed.";
    case "rcp":
      return "Your policy is the only RCP of the resource's account (one level); an identity policy that allows everything is assumed.";
  }
}

/**
 * Reads a context value: text with commas becomes several values (`env, team`), otherwise one.
 * Empty items are dropped.
 */
export function parseContextValue(text: string): ContextValue {
  if (!text.includes(",")) return text.trim();
  return text
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function readContext(
  rows: readonly ContextRow[],
  errors: FieldError[],
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (key === "" && row.value.trim() === "") return;
    const n = i + 1;
    if (key === "") {
      errors.push({ field: "context", row: i, message: `Context row ${n}: the key is empty.` });
      return;
    }
    const lower = key.toLowerCase();
    const first = seen.get(lower);
    if (first !== undefined) {
      errors.push({
        field: "context",
        row: i,
        message: `Context row ${n}: "${key}" is already given in row ${first + 1}; put several values in one row, separated by commas.`,
      });
      return;
    }
    seen.set(lower, i);
    context[key] = parseContextValue(row.value);
  });
  return context;
}

function checkRequest(request: PlaygroundRequest, errors: FieldError[]): void {
  const principal = request.principal.trim();
  if (principal === "") {
    errors.push({
      field: "principal",
      message: "Principal is empty: pick a preset or type an ARN.",
    });
  } else if (parsePrincipal(principal).kind === "unknown") {
    errors.push({
      field: "principal",
      message: `Principal "${principal}" is not an IAM user, role, role session, federated user or account ARN, a service such as ec2.amazonaws.com, or "anonymous".`,
    });
  }
  const action = request.action.trim();
  if (action === "") {
    errors.push({ field: "action", message: "Action is empty: type one such as s3:GetObject." });
  } else if (!/^[a-z0-9-]+:[A-Za-z0-9*?]+$/i.test(action)) {
    errors.push({
      field: "action",
      message: `Action "${action}" should look like service:Action, e.g. s3:GetObject.`,
    });
  }
  const resource = request.resource.trim();
  if (resource === "") {
    errors.push({
      field: "resource",
      message: "Resource is empty: type an ARN, or * for actions without a resource.",
    });
  } else if (resource !== "*" && !resource.startsWith("arn:")) {
    errors.push({
      field: "resource",
      message: `Resource "${resource}" is not an ARN (arn:partition:service:region:account:resource) or *.`,
    });
  }
  const account = request.resourceAccount.trim();
  if (account !== "" && !/^\d{12}$/.test(account)) {
    errors.push({
      field: "resourceAccount",
      message: `Resource account "${account}" must be a 12-digit account id, or empty.`,
    });
  }
}

/** Parses the editor's text as the selected policy type, or explains why it cannot be used. */
export function readEditorPolicy(
  text: string,
  type: PolicyType,
): { policy: Policy } | { error: FieldError } {
  const parsed = parsePolicy(text, { type });
  if (parsed.policy) return { policy: parsed.policy };
  const first = parsed.errors[0];
  const where = first ? `line ${first.line}, column ${first.column}: ${first.message}` : "";
  const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : "";
  return {
    error: {
      field: "policy",
      message: `The policy in the editor cannot be evaluated as ${/^[aeiou]/.test(TYPE_LABEL[type]) ? "an" : "a"} ${TYPE_LABEL[type]}: ${where}${more}`,
    },
  };
}

/**
 * Turns the form and the editor's policy into an engine input, placing the policy according to
 * its type (see `assumptionText`). Never throws: problems come back named by field.
 */
export function buildEvaluationInput(
  policyText: string | Policy,
  type: PolicyType,
  request: PlaygroundRequest,
): BuildResult {
  const errors: FieldError[] = [];
  checkRequest(request, errors);
  const context = readContext(request.context, errors);
  let policy: Policy | undefined;
  if (typeof policyText === "string") {
    const read = readEditorPolicy(policyText, type);
    if ("error" in read) errors.push(read.error);
    else policy = read.policy;
  } else policy = policyText;
  if (errors.length > 0 || !policy) return { ok: false, errors };

  const account = request.resourceAccount.trim();
  const input: EvaluationInput = {
    request: {
      principal: request.principal.trim(),
      action: request.action.trim(),
      resource: request.resource.trim(),
      ...(account ? { resourceAccount: account } : {}),
      context,
    },
  };
  const mine: LabelledPolicy = {
    id: EDITOR_POLICY_ID,
    label: `Your ${TYPE_LABEL[type]}`,
    type,
    document: policy,
  };
  if (type === "identity") input.identityPolicies = [mine];
  else if (type === "resource" || type === "trust") {
    input.resourcePolicy = mine;
    if (request.callerAllowAll) input.identityPolicies = [ALLOW_ALL];
  } else {
    input.identityPolicies = [ALLOW_ALL];
    if (type === "boundary") input.permissionsBoundary = mine;
    if (type === "session") input.sessionPolicy = mine;
    if (type === "scp") input.scps = [[mine]];
    if (type === "rcp") input.rcps = [[mine]];
  }
  return { ok: true, input, policy };
}

/** The request in plain words, for the trace's heading. */
export function describeRequest(request: PlaygroundRequest): string {
  const keys = request.context.filter((r) => r.key.trim() !== "");
  const ctx =
    keys.length === 0
      ? ""
      : ` with ${keys.map((r) => `${r.key.trim()} = ${r.value.trim()}`).join(", ")}`;
  return `${request.principal.trim()} calls ${request.action.trim()} on ${request.resource.trim()}${ctx}.`;
}

/** The role a trust policy is tested against when the request does not name one. */
export const DEFAULT_ROLE_ARN = "arn:aws:iam::111122223333:role/AppRole";

/**
 * Adjusts the request when the policy type changes: a trust policy is tested with
 * `sts:AssumeRole` on a role unless the request already asks something of a role.
 */
export function requestForType(type: PolicyType, request: PlaygroundRequest): PlaygroundRequest {
  if (type !== "trust") return request;
  const action = /^sts:/i.test(request.action.trim()) ? request.action : "sts:AssumeRole";
  const resource = /^arn:[^:]+:iam::\d{12}:role\//.test(request.resource.trim())
    ? request.resource
    : DEFAULT_ROLE_ARN;
  return action === request.action && resource === request.resource
    ? request
    : { ...request, action, resource };
}
