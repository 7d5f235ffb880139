"use client";

import { useCallback, useEffect, useMemo } from "react";
import type { StatementRef } from "@/lib/iam";
import { slotPolicyId, type Answers, type GradeResult, type PolicyLesson } from "@/lib/lessons";
import { useAppStore } from "@/components/store";
import { TraceFlow, rangeToHighlight } from "@/components/trace";
import { LEAST_PRIVILEGE_ID } from "./CheckList";

/** The trace of the check whose "Why?" is open, wired to highlight statements in the editors. */
export function WhyPanel({
  lesson,
  grade,
  answers,
}: {
  lesson: PolicyLesson;
  grade: GradeResult | null;
  answers: Answers;
}) {
  const openId = useAppStore((s) => s.openTraceCheckId);
  const closeTrace = useAppStore((s) => s.closeTrace);
  const setHighlight = useAppStore((s) => s.setHighlight);

  const target = useMemo(() => {
    if (!grade || !openId) return null;
    if (openId === LEAST_PRIVILEGE_ID) {
      const ce = grade.leastPrivilege?.counterexample;
      return ce
        ? {
            decision: ce.learner,
            name: "Least privilege",
            request: `Counterexample: ${ce.plainWords}`,
          }
        : null;
    }
    const check = grade.checks.find((c) => c.id === openId);
    return check?.decision
      ? { decision: check.decision, name: check.name, request: check.request }
      : null;
  }, [grade, openId]);

  const slotOf = useCallback(
    (ref: StatementRef) => lesson.task.slots.find((s) => slotPolicyId(s.id) === ref.policy.id),
    [lesson],
  );
  const canShow = useCallback(
    (ref: StatementRef) => ref.range !== undefined && slotOf(ref) !== undefined,
    [slotOf],
  );
  const onShow = useCallback(
    (ref: StatementRef) => {
      const slot = slotOf(ref);
      if (!slot || !ref.range) return;
      setHighlight({ slotId: slot.id, range: rangeToHighlight(answers[slot.id] ?? "", ref.range) });
    },
    [slotOf, answers, setHighlight],
  );

  // "Show in editor" also brings the editor into view (it may be far above the trace).
  const onShowClick = useCallback(
    (ref: StatementRef) => {
      onShow(ref);
      const slot = slotOf(ref);
      const section = slot && document.querySelector(`[data-testid="slot-${slot.id}"]`);
      const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true;
      section?.scrollIntoView?.({ block: "start", behavior: reduce ? "auto" : "smooth" });
    },
    [onShow, slotOf],
  );

  // Opening a trace marks the deciding statement in its editor, when it is one the learner wrote.
  const decision = target?.decision;
  useEffect(() => {
    if (!decision) return;
    const deciding = decision.deciding.find(canShow);
    setHighlight(null);
    if (deciding) onShow(deciding);
  }, [decision, canShow, onShow, setHighlight]);

  // Closing hands focus back to the "Why?" button that opened the explanation.
  const onClose = useCallback(() => {
    const id = openId;
    closeTrace();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-testid="why-${id}"]`)?.focus(),
    );
  }, [openId, closeTrace]);

  if (!target) return null;
  // A passing check is graded without its trace; the trace follows once the check is opened.
  if (target.decision.trace.length === 0)
    return (
      <p className="muted" role="status" data-testid="trace-pending">
        Working out why…
      </p>
    );
  return (
    <TraceFlow
      key={openId}
      decision={target.decision}
      title={`Why: ${target.name}`}
      request={target.request}
      onClose={onClose}
      canShow={canShow}
      onShow={onShowClick}
    />
  );
}
