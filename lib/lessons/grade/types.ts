import type { Decision, Diagnostic } from "@/lib/iam";
import type { SimRequest } from "@/lib/sim";
import type { ConsoleAnswer } from "../kinds/console/schema";

/**
 * What the least-privilege search needs from the action catalog: every action of a service as a
 * full name (`s3:GetObject` for `s3`), or `undefined` when the service is unknown.
 */
export interface ActionCatalog {
  actionsOf(servicePrefix: string): readonly string[] | undefined;
  /**
   * Whether an action can act on a resource (an ARN, or `*` for actions without resource types);
   * `undefined` when unknown. Lets the search skip meaningless pairs such as `s3:ListJobs` on a
   * bucket ARN.
   */
  appliesTo?(action: string, resource: string): boolean | undefined;
}

/** AWS managed policy documents by bare name (`AdministratorAccess`). */
export type ManagedPolicies = ReadonlyMap<string, unknown>;

/** What grading needs from outside: loaded before grading, so grading itself is synchronous. */
export interface GradeDeps {
  catalog?: ActionCatalog;
  managedPolicies?: ManagedPolicies;
}

/** How much to record while grading. */
export interface GradeOptions {
  /**
   * Whether to build the engine's trace for a check, given whether it passed (default: for every
   * check). The player asks for failures and the checks the learner opens; the rest keep only
   * their decision and deciding statements.
   */
  traceFor?: (checkId: string, passed: boolean) => boolean;
}

/**
 * A learner's answers to a `policy`, `predict` or `classify` task: slot id -> document text, or
 * question (item) id -> the chosen choice.
 */
export type Answers = Record<string, string>;

/** A learner's answer to a lesson of any kind (`console` tasks take command lines). */
export type LessonAnswer = Answers | ConsoleAnswer;

/** A policy shown read-only beside a trace (a `predict` lesson's scenario policy). */
export interface ShownPolicy {
  /** The policy id the trace uses. */
  id: string;
  label?: string;
  /** The document, pretty-printed: the trace's statement paths are found in this text. */
  text: string;
}

/** The outcome of one functional check. */
export interface CheckResult {
  id: string;
  /** The check's description in plain words ("Alice can read any report"). */
  name: string;
  passed: boolean;
  /**
   * What was expected: a check's expectation (`allow`, `deny`, ...), a predict question's true
   * decision, a classify item's right category id.
   */
  expected: string;
  /**
   * What happened: the engine's decision (`Error` when the request could not be evaluated), or
   * the learner's choice (`(no answer)` when none was made).
   */
  actual: string;
  /** One line saying why it passed or failed. */
  explanation: string;
  /** The request in plain words ("user alice calls s3:GetObject on arn:aws:s3:::reports/q1.csv"). */
  request: string;
  /** The engine's decision with its trace (absent when it could not be evaluated). */
  decision?: Decision;
  /** For a predict question: the policies the trace names, to show read-only. */
  policies?: ShownPolicy[];
}

/** A concrete request on which the learner's answer and the reference solution disagree. */
export interface Counterexample {
  request: SimRequest;
  plainWords: string;
  learner: Decision;
  reference: Decision;
  direction: "learner-allows-more" | "learner-allows-less";
}

/** The outcome of the least-privilege comparison against the reference solution. */
export interface LeastPrivilegeResult {
  passed: boolean;
  /** One line for people. */
  explanation: string;
  /** How many requests of the space were compared. */
  requestsChecked: number;
  counterexample?: Counterexample;
}

/** The full grade of a lesson attempt. */
export interface GradeResult {
  passed: boolean;
  checks: CheckResult[];
  leastPrivilege?: LeastPrivilegeResult;
  /** Diagnostics per slot id, only for slots whose answer does not parse. */
  parseErrors: Record<string, Diagnostic[]>;
}
