/** One-sentence notes for trace steps. */
import type { NormalizedRequest } from "../evaluate/request";
import type { StageOutcome, TraceStage } from "../types";
import { STAGE_POLICY_NAME } from "./names";

/** Explains what a stage's outcome means for the request. */
export function stageNote(
  stage: TraceStage,
  outcome: StageOutcome,
  req: NormalizedRequest,
  level?: number,
): string {
  const name = STAGE_POLICY_NAME[stage];
  const where =
    level === undefined
      ? ""
      : level === 0
        ? " at the organization root"
        : ` at organization level ${level}`;
  const a = req.action;
  const article = /^[aeiou]/i.test(name) ? "An" : "A";
  switch (outcome) {
    case "explicit-deny":
      return `${article} ${name}${where} explicitly denies ${a}; an explicit deny always wins.`;
    case "allow":
      if (stage === "scp" || stage === "rcp")
        return `${article} ${name}${where} allows ${a}, so this level does not block it.`;
      if (stage === "boundary")
        return `The permissions boundary allows ${a}, so it does not cap the request.`;
      if (stage === "session")
        return `The session policy allows ${a}, so it does not cap the request.`;
      return `${article} ${name} allows ${a}.`;
    case "no-allow":
      if (stage === "scp" || stage === "rcp")
        return `No ${name}${where} allows ${a}, so every request for it is implicitly denied.`;
      if (stage === "boundary")
        return `The permissions boundary does not allow ${a}, so identity-based grants for it are capped.`;
      if (stage === "session")
        return `The session policy does not allow ${a}, so the session cannot use it.`;
      return `No ${name} allows ${a}.`;
    default:
      return `The ${name} stage does not apply.`;
  }
}
