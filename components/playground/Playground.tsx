"use client";

import { useCallback, useRef, useState } from "react";
import type { PolicyType } from "@/lib/iam";
import { PolicyEditor } from "@/components/editor/PolicyEditor";
import type { EditorReadyApi, LintFinding, LintReport } from "@/components/editor/types";
import { formatDocument, revealOffset } from "@/components/editor/intelligence/editorCommands";
import { FindingsList } from "./FindingsList";
import { POLICY_TYPE_OPTIONS } from "./policyTypes";
import { SAMPLE_POLICY } from "./samplePolicy";
import styles from "./Playground.module.css";

/** A free-form policy editor: pick a policy type, write, and see the linter's findings as you type. */
export function Playground() {
  const [text, setText] = useState(SAMPLE_POLICY);
  const [type, setType] = useState<PolicyType>("identity");
  const [report, setReport] = useState<LintReport | null>(null);
  const api = useRef<EditorReadyApi | null>(null);

  const onReady = useCallback((ready: EditorReadyApi) => {
    api.current = ready;
    return () => {
      api.current = null;
    };
  }, []);
  const goTo = useCallback((f: LintFinding) => revealOffset(api.current, f.offset, f.length), []);
  const hint = POLICY_TYPE_OPTIONS.find((o) => o.value === type)?.hint;

  return (
    <div className={styles.layout}>
      <section aria-labelledby="pg-editor" className={styles.editorCol}>
        <div className={styles.toolbar}>
          <h2 id="pg-editor" className={styles.h2}>
            Policy document
          </h2>
          <div className={styles.controls}>
            <label className={styles.field}>
              <span>Policy type</span>
              <select
                value={type}
                onChange={(e) => setType(e.target.value as PolicyType)}
                className={styles.select}
                data-testid="policy-type"
              >
                {POLICY_TYPE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn" onClick={() => void formatDocument(api.current)}>
              Format
            </button>
          </div>
        </div>
        {hint && <p className={styles.typeHint}>{hint}</p>}
        <PolicyEditor
          value={text}
          onChange={setText}
          ariaLabel={`Playground policy document (${type} policy)`}
          path="playground/policy.json"
          height={420}
          lint={{ type }}
          onLint={setReport}
          onReady={onReady}
        />
        <p className={styles.tips}>
          Suggestions: <kbd>Ctrl</kbd>+<kbd>Space</kbd>. Quick fix: <kbd>Ctrl</kbd>+<kbd>.</kbd>.
          Format: <kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd>F</kbd>.
        </p>
      </section>
      <FindingsList
        findings={report?.findings ?? null}
        lintMs={report?.ms ?? null}
        lintWhere={report?.where}
        onGoTo={goTo}
      />
    </div>
  );
}
