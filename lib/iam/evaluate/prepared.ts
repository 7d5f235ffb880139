/**
 * Prepared inputs: every policy of an evaluation input parsed, validated, compiled and named,
 * so re-evaluating skips all of that.
 */
import { joinPath } from "../parse/path";
import { indexPath } from "../parse/paths";
import { isPolicy, parsePolicy } from "../parse/policy";
import type {
  EvaluationInput,
  EvaluationRequest,
  InputIssue,
  Policy,
  PolicyRef,
  PolicyType,
  Statement,
  StatementRef,
} from "../types";
import { compilePolicy, type CompiledPolicy } from "./compile";
import type { NormalizedRequest } from "./request";
import { isTrustRequest } from "./trust";

/**
 * One policy of a prepared input: its name for traces and its compiled form. The ref of each
 * statement (what `deciding` and the trace name) is built the first time it is needed.
 */
export class PreparedPolicy {
  private refs: (StatementRef | undefined)[] | undefined = undefined;

  constructor(
    readonly ref: PolicyRef,
    readonly compiled: CompiledPolicy,
  ) {}

  /** The ref of statement `i` (the same object on every call). */
  statementRef(i: number): StatementRef {
    const refs = (this.refs ??= new Array(this.compiled.statements.length));
    let r = refs[i];
    if (r === undefined) {
      r = statementRef(this.ref, this.compiled.statements[i].statement);
      refs[i] = r;
    }
    return r;
  }
}

/** An evaluation input whose policies are all prepared. Build with `prepare`. */
export interface PreparedInput {
  readonly kind: "PreparedInput";
  request: EvaluationRequest;
  identity: PreparedPolicy[];
  resource?: PreparedPolicy;
  boundary?: PreparedPolicy;
  session?: PreparedPolicy;
  scps?: PreparedPolicy[][];
  rcps?: PreparedPolicy[][];
  managementAccount?: string;
  /** Internal: the normalised request, reused while `request` is the same object. */
  normalized?: NormalizedRequest;
}

/** Thrown by `prepare`/`evaluate` when the input is invalid; `issues` lists every problem. */
export class InvalidInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.length > 0 ? issues[0].message : "Invalid evaluation input");
    this.name = "InvalidInputError";
  }
}

function isLabelled(
  v: unknown,
): v is { id: unknown; label?: unknown; type?: unknown; document: unknown } {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    "document" in v &&
    !("Statement" in v)
  );
}

/** Builds the ref of one statement of a policy as placed in an input. */
export function statementRef(ref: PolicyRef, s: Statement): StatementRef {
  return {
    policy: ref,
    statementIndex: s.index,
    sid: s.sid,
    effect: s.effect,
    path: s.path,
    range: s.range,
  };
}

/** Prepares one policy of an input; records issues under `inputPath`. */
function preparePolicy(
  value: unknown,
  inputPath: string,
  type: PolicyType,
  issues: InputIssue[],
): PreparedPolicy | undefined {
  let id = inputPath;
  let label: string | undefined;
  let doc = value;
  let policyType = type;
  if (isLabelled(value)) {
    if (typeof value.id !== "string" || value.id === "") {
      issues.push({
        path: `${inputPath}.id`,
        message: `${inputPath}.id must be a non-empty string`,
      });
      return undefined;
    }
    id = value.id;
    if (typeof value.label === "string") label = value.label;
    if (typeof value.type === "string") policyType = value.type as PolicyType;
    doc = value.document;
  }
  let policy: Policy | undefined;
  const given = isPolicy(doc);
  if (given) policy = doc as Policy;
  else {
    const docPath = isLabelled(value) ? `${inputPath}.document` : inputPath;
    if (
      typeof doc !== "string" &&
      (typeof doc !== "object" || doc === null || Array.isArray(doc))
    ) {
      issues.push({
        path: docPath,
        message: `${docPath} must be a policy document (an object or JSON text)`,
      });
      return undefined;
    }
    const result = parsePolicy(doc, { type: policyType });
    if (!result.policy) {
      for (const d of result.errors) {
        const where =
          d.line > 0 && typeof doc === "string" ? ` (line ${d.line}, column ${d.column})` : "";
        issues.push({
          path: joinPath(docPath, d.path),
          message: `${docPath}: ${d.message}${where}`,
          diagnostic: d,
        });
      }
      return undefined;
    }
    policy = result.policy;
  }
  // No `delete` here: it would turn every ref into a slow dictionary-mode object.
  const ref: PolicyRef =
    label === undefined
      ? { id, type: policy.type, inputPath }
      : { id, label, type: policy.type, inputPath };
  return new PreparedPolicy(ref, compilePolicy(policy, given));
}

function prepareSingle(
  value: unknown,
  path: string,
  type: PolicyType,
  issues: InputIssue[],
): PreparedPolicy | undefined {
  return value === undefined || value === null
    ? undefined
    : preparePolicy(value, path, type, issues);
}

function prepareList(
  value: unknown,
  path: string,
  type: PolicyType,
  issues: InputIssue[],
): PreparedPolicy[] {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `${path} must be an array of policies` });
    return [];
  }
  const out = new Array<PreparedPolicy>(value.length);
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const p = preparePolicy(value[i], indexPath(path, i), type, issues);
    if (p) out[n++] = p;
  }
  if (n !== out.length) out.length = n;
  return out;
}

function prepareLevels(
  value: unknown,
  path: string,
  type: PolicyType,
  issues: InputIssue[],
): PreparedPolicy[][] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    issues.push({
      path,
      message: `${path} must be an array with one array of policies per organization level`,
    });
    return undefined;
  }
  return value.map((level, i) => prepareList(level, indexPath(path, i), type, issues));
}

/**
 * Parses, validates and compiles every policy of an input. Throws `InvalidInputError` listing
 * every problem (each naming its JSON path in the input).
 */
export function prepare(input: EvaluationInput | PreparedInput): PreparedInput {
  if (
    typeof input === "object" &&
    input !== null &&
    (input as PreparedInput).kind === "PreparedInput"
  ) {
    return input as PreparedInput;
  }
  const issues: InputIssue[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new InvalidInputError([
      { path: "", message: "An evaluation input must be an object with a request" },
    ]);
  }
  const raw = input as EvaluationInput;
  const req = raw.request;
  if (typeof req !== "object" || req === null || Array.isArray(req)) {
    throw new InvalidInputError([
      { path: "request", message: "request must be an object with principal, action and resource" },
    ]);
  }
  const trust =
    typeof req.action === "string" &&
    typeof req.resource === "string" &&
    isTrustRequest(req.action, req.resource);
  const prepared: PreparedInput = {
    kind: "PreparedInput",
    request: req,
    identity:
      raw.identityPolicies === undefined || raw.identityPolicies === null
        ? []
        : prepareList(raw.identityPolicies, "identityPolicies", "identity", issues),
    resource: prepareSingle(
      raw.resourcePolicy,
      "resourcePolicy",
      trust ? "trust" : "resource",
      issues,
    ),
    boundary: prepareSingle(raw.permissionsBoundary, "permissionsBoundary", "boundary", issues),
    session: prepareSingle(raw.sessionPolicy, "sessionPolicy", "session", issues),
    scps: prepareLevels(raw.scps, "scps", "scp", issues),
    rcps: prepareLevels(raw.rcps, "rcps", "rcp", issues),
  };
  if (raw.managementAccount !== undefined) {
    if (typeof raw.managementAccount !== "string")
      issues.push({
        path: "managementAccount",
        message: "managementAccount must be an account id string",
      });
    else prepared.managementAccount = raw.managementAccount;
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return prepared;
}
