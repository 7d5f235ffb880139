"use client";

import { useCallback, useState } from "react";
import type { StatementRef } from "@/lib/iam";
import type { CheckResult } from "@/lib/lessons";
import { PolicyEditor } from "@/components/editor/PolicyEditor";
import { TraceFlow, rangeToHighlight } from "@/components/trace";
import type { HighlightRange } from "@/components/store";
import styles from "./Tasks.module.css";

/**
 * "Why?" for a predict question: the engine's trace, and the policy that decided in a read-only
 * editor with the deciding statement marked (the same trace view the policy lessons use).
 */
export function PredictWhy({ result, onClose }: { result: CheckResult; onClose: () => void }) {
  const policies = result.policies ?? [];
  const decision = result.decision;
  const first = decision?.deciding.find(
    (ref) => ref.range && policies.some((p) => p.id === ref.policy.id),
  );
  const [shown, setShown] = useState<{ id: string; range: HighlightRange } | null>(() => {
    const policy = first && policies.find((p) => p.id === first.policy.id);
    return first?.range && policy
      ? { id: policy.id, range: rangeToHighlight(policy.text, first.range) }
      : null;
  });
  const canShow = useCallback(
    (ref: StatementRef) => ref.range !== undefined && policies.some((p) => p.id === ref.policy.id),
    [policies],
  );
  const onShow = useCallback(
    (ref: StatementRef) => {
      const policy = policies.find((p) => p.id === ref.policy.id);
      if (policy && ref.range)
        setShown({ id: policy.id, range: rangeToHighlight(policy.text, ref.range) });
    },
    [policies],
  );
  if (!decision) return null;
  const policy = policies.find((p) => p.id === (shown?.id ?? first?.policy.id));
  const name = policy ? capitalize(policy.label ?? policy.id) : "";
  return (
    <div data-testid={`predict-why-${result.id}`}>
      <TraceFlow
        decision={decision}
        title={`Why: ${result.name}`}
        request={result.request}
        onClose={onClose}
        canShow={canShow}
        onShow={onShow}
      />
      {policy && (
        <section aria-label={`The deciding policy: ${name}`} data-testid="deciding-policy">
          <h4 className={styles.policyTitle}>{name} (read-only)</h4>
          <PolicyEditor
            value={policy.text}
            ariaLabel={`${name}, read-only`}
            path={`predict/${result.id}/${encodeURIComponent(policy.id)}.json`}
            readOnly
            lint={false}
            highlight={shown?.id === policy.id ? shown.range : null}
            height={Math.min(360, 22 * (policy.text.split("\n").length + 1))}
          />
        </section>
      )}
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
