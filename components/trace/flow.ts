import {
  TRACE_STAGES,
  type Decision,
  type PolicyTrace,
  type StageOutcome,
  type StatementRef,
  type TraceStage,
  type TraceStep,
} from "@/lib/iam";

/** The nodes of AWS's decision flow, in the order the animation walks them. */
export type FlowNodeId = "explicit-deny" | TraceStage | "decision";

/** One node of the decision flow, ready to render. */
export interface FlowNode {
  id: FlowNodeId;
  title: string;
  question: string;
  /** "consulted" when the trace has steps for it, "skipped" when this request never reached it. */
  state: "consulted" | "skipped";
  /** What the node contributed, in words ("Allows", "Explicit deny", ...). */
  verdict: string;
  tone: "ok" | "bad" | "neutral";
  /** The trace steps behind the node (several for SCP/RCP levels or cross-account sides). */
  steps: TraceStep[];
  /** Statements to show for nodes that are not a stage (matched Denies, deciding statements). */
  statements: StatementRef[];
  note?: string;
}

const STAGE_TEXT: Record<TraceStage, { title: string; question: string }> = {
  scp: {
    title: "Service control policies",
    question: "Does every level of the organization allow it (SCPs)?",
  },
  rcp: {
    title: "Resource control policies",
    question: "Does every level allow it for this resource (RCPs)?",
  },
  resource: {
    title: "Resource-based policy",
    question: "Does the resource's own policy allow it?",
  },
  identity: {
    title: "Identity-based policies",
    question: "Do the caller's own and group policies allow it?",
  },
  boundary: {
    title: "Permissions boundary",
    question: "Does the permissions boundary also allow it?",
  },
  session: { title: "Session policy", question: "Does the session policy also allow it?" },
};

/** The stages in AWS's order, as drawn (SCP, RCP, resource, identity, boundary, session). */
export const FLOW_STAGES: readonly TraceStage[] = TRACE_STAGES;

const OUTCOME: Record<StageOutcome, { verdict: string; tone: FlowNode["tone"] }> = {
  "explicit-deny": { verdict: "Explicit deny", tone: "bad" },
  allow: { verdict: "Allows", tone: "ok" },
  "no-allow": { verdict: "No allow", tone: "bad" },
  "not-applicable": { verdict: "Does not apply", tone: "neutral" },
};

function worstOutcome(steps: TraceStep[]): StageOutcome {
  const order: StageOutcome[] = ["explicit-deny", "no-allow", "allow", "not-applicable"];
  return order.find((o) => steps.some((s) => s.outcome === o)) ?? "not-applicable";
}

/** Every matched Deny statement anywhere in the trace. */
export function matchedDenies(trace: readonly TraceStep[]): StatementRef[] {
  return trace.flatMap((step) =>
    step.policies.flatMap((p: PolicyTrace) =>
      p.statements
        .filter((s) => s.matched && s.statement.effect === "Deny")
        .map((s) => s.statement),
    ),
  );
}

/**
 * Turns a decision into the nodes of the flow: explicit deny first (AWS checks every applicable
 * policy for a matching Deny before anything else), then each policy stage, then the decision.
 */
export function buildFlow(decision: Decision): FlowNode[] {
  const denies = matchedDenies(decision.trace);
  const nodes: FlowNode[] = [
    {
      id: "explicit-deny",
      title: "Explicit deny",
      question: "Does any applicable policy have a Deny statement that matches?",
      state: "consulted",
      verdict: denies.length > 0 ? "Yes: denied" : "No matching Deny",
      tone: denies.length > 0 ? "bad" : "ok",
      steps: [],
      statements: denies,
    },
  ];
  for (const stage of FLOW_STAGES) {
    const steps = decision.trace.filter((s) => s.stage === stage);
    const text = STAGE_TEXT[stage];
    if (steps.length === 0) {
      nodes.push({
        id: stage,
        ...text,
        state: "skipped",
        verdict: "Not involved",
        tone: "neutral",
        steps,
        statements: [],
      });
      continue;
    }
    const outcome = OUTCOME[worstOutcome(steps)];
    nodes.push({ id: stage, ...text, state: "consulted", ...outcome, steps, statements: [] });
  }
  const allowed = decision.decision === "Allow";
  nodes.push({
    id: "decision",
    title: "Decision",
    question: "What does AWS answer?",
    state: "consulted",
    verdict: allowed
      ? "Allowed"
      : decision.decision === "ExplicitDeny"
        ? "Explicitly denied"
        : "Implicitly denied",
    tone: allowed ? "ok" : "bad",
    steps: [],
    statements: decision.deciding,
    note: decision.summary,
  });
  return nodes;
}

/** A statement's name for people: its Sid, else its path ("Statement[1]"). */
export function statementName(ref: StatementRef): string {
  return ref.sid ? `${ref.sid} (${ref.path})` : ref.path;
}

/** A policy's name for people: its label, else its id. */
export function policyName(ref: StatementRef["policy"]): string {
  return ref.label ?? ref.id;
}
