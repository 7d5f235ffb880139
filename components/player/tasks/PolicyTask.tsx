"use client";

import { useAppStore } from "@/components/store";
import { CheckList, gradeSummary, notCheckedReason } from "../CheckList";
import { SlotEditors } from "../SlotEditors";
import { WhyPanel } from "../WhyPanel";
import type { TaskKindView, TaskViewProps } from "./types";

/** Policy editors per slot, with checks that re-run as the learner types. */
function PolicyTaskView({ lesson, answers, grade, stale, checkBar }: TaskViewProps<"policy">) {
  const openTrace = useAppStore((s) => s.openTrace);
  const closeTrace = useAppStore((s) => s.closeTrace);
  const openTraceId = useAppStore((s) => s.openTraceCheckId);
  return (
    <>
      <SlotEditors lesson={lesson} answers={answers} grade={grade} />
      {checkBar}
      <CheckList
        grade={grade}
        slots={lesson.task.slots}
        stale={stale}
        openCheckId={openTraceId}
        onWhy={(id) => (openTraceId === id ? closeTrace() : openTrace(id))}
        detail={<WhyPanel lesson={lesson} grade={grade} answers={answers} />}
      />
    </>
  );
}

/** The `policy` kind in the player. */
export const policyView: TaskKindView<"policy"> = {
  View: PolicyTaskView,
  checkable: true,
  liveStatus: (lesson, _answers, grade) => gradeSummary(grade, lesson.task.slots),
  verdict: (lesson, result) => {
    const summary = gradeSummary(result, lesson.task.slots);
    if (result.passed) return "Checked: every check passes.";
    return notCheckedReason(result) ? summary : `Checked: ${summary}`;
  },
};
