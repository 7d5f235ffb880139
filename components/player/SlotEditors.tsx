"use client";

import type { Diagnostic, PolicyType } from "@/lib/iam";
import type { Answers, GradeResult, PolicyLesson } from "@/lib/lessons";
import { PolicyEditor } from "@/components/editor/PolicyEditor";
import type { EditorMarker } from "@/components/editor/types";
import { POLICY_TYPE_OPTIONS } from "@/components/editor/policyTypes";
import { useAppStore } from "@/components/store";
import styles from "./Player.module.css";

function toMarker(d: Diagnostic): EditorMarker {
  return {
    line: d.line,
    column: d.column,
    length: Math.max(1, d.length),
    severity: "error",
    message: d.message,
    code: d.code,
  };
}

/** The slot's policy type and what that type does; the slot's label says where the policy lives. */
function SlotType({ type }: { type: PolicyType }) {
  const option = POLICY_TYPE_OPTIONS.find((o) => o.value === type);
  if (!option) return null;
  return (
    <p className={styles.muted} data-testid="slot-type">
      <strong>{option.label}</strong>: {option.hint}
    </p>
  );
}

/** One policy editor per answer slot, labelled by the slot, saving drafts as the learner types. */
export function SlotEditors({
  lesson,
  answers,
  grade,
}: {
  lesson: PolicyLesson;
  answers: Answers;
  grade: GradeResult | null;
}) {
  const saveDraft = useAppStore((s) => s.saveDraft);
  const highlight = useAppStore((s) => s.highlight);
  const setHighlight = useAppStore((s) => s.setHighlight);
  return (
    <>
      {lesson.task.slots.map((slot) => {
        const errors = grade?.parseErrors[slot.id] ?? [];
        return (
          <section
            key={slot.id}
            className={styles.slot}
            aria-labelledby={`slot-${slot.id}`}
            data-testid={`slot-${slot.id}`}
          >
            <h3 id={`slot-${slot.id}`} className={styles.slotTitle}>
              {slot.label}
            </h3>
            <SlotType type={slot.policyType} />
            <PolicyEditor
              value={answers[slot.id] ?? slot.starter}
              onChange={(text) => {
                saveDraft(lesson.id, slot.id, text);
                // The old range no longer fits the text; an open trace re-marks it after re-grading.
                if (highlight?.slotId === slot.id) setHighlight(null);
              }}
              ariaLabel={slot.label}
              lint={{ type: slot.policyType }}
              path={`${lesson.id}/${slot.id}.json`}
              markers={errors.map(toMarker)}
              highlight={highlight?.slotId === slot.id ? highlight.range : null}
              height={lesson.task.slots.length > 1 ? 320 : 340}
            />
            {/* The line is kept when empty, so the Check button below does not jump as a
                half-typed document stops and starts parsing. */}
            {errors.length > 0 ? (
              <p className={styles.parseError} data-testid="parse-error">
                Line {errors[0].line}, column {errors[0].column}: {errors[0].message}
              </p>
            ) : (
              <p className={styles.parseError} aria-hidden="true" />
            )}
          </section>
        );
      })}
    </>
  );
}
