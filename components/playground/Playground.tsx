"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Catalog, PolicyType, StatementRef } from "@/lib/iam";
import { PolicyEditor } from "@/components/editor/PolicyEditor";
import type {
  EditorHighlight,
  EditorReadyApi,
  LintFinding,
  LintReport,
} from "@/components/editor/types";
import { formatDocument, revealOffset } from "@/components/editor/intelligence/editorCommands";
import { getCatalog } from "@/components/editor/intelligence/catalogClient";
import { rangeToHighlight } from "@/components/trace";
import { FindingsList } from "./FindingsList";
import { ExamplePicker } from "./ExamplePicker";
import { RequestForm } from "./RequestForm";
import { RequestResult } from "./RequestResult";
import { POLICY_TYPE_OPTIONS } from "@/components/editor/policyTypes";
import { INITIAL_REQUEST, SAMPLE_POLICY } from "./samplePolicy";
import { exampleRequest, type PlaygroundExample } from "./examples";
import {
  EDITOR_POLICY_ID,
  describeRequest,
  requestForType,
  type PlaygroundRequest,
} from "./requestInput";
import { useRequestEvaluation } from "./useRequestEvaluation";
import panel from "./Panel.module.css";
import styles from "./Playground.module.css";

const isMine = (ref: StatementRef) => ref.policy.id === EDITOR_POLICY_ID && ref.range !== undefined;

/**
 * A free-form policy editor: pick a policy type, write, see the linter's findings as you type,
 * and try a request against the policy to see the decision and why.
 */
export function Playground() {
  const [text, setText] = useState(SAMPLE_POLICY);
  const [type, setType] = useState<PolicyType>("identity");
  const [report, setReport] = useState<LintReport | null>(null);
  const [request, setRequest] = useState<PlaygroundRequest>(INITIAL_REQUEST);
  const [whyOpen, setWhyOpen] = useState(false);
  const [highlight, setHighlight] = useState<EditorHighlight | null>(null);
  const [catalog, setCatalog] = useState<Catalog>();
  const api = useRef<EditorReadyApi | null>(null);
  const { result, run } = useRequestEvaluation(text, type, request);

  useEffect(() => {
    let live = true;
    getCatalog().then(
      (c) => live && setCatalog(c),
      () => {}, // suggestions are a nicety: without the catalog the fields still work
    );
    return () => {
      live = false;
    };
  }, []);

  // Each new decision marks its deciding statement in the editor, when it is one of ours.
  useEffect(() => {
    const ref = result?.kind === "decision" ? result.decision.deciding.find(isMine) : undefined;
    setHighlight(
      ref?.range && result?.kind === "decision" ? rangeToHighlight(result.source, ref.range) : null,
    );
  }, [result]);

  const onReady = useCallback((ready: EditorReadyApi) => {
    api.current = ready;
    return () => {
      api.current = null;
    };
  }, []);
  const goTo = useCallback((f: LintFinding) => revealOffset(api.current, f.offset, f.length), []);
  const onShow = useCallback(
    (ref: StatementRef) => {
      if (ref.range && result?.kind === "decision")
        setHighlight(rangeToHighlight(result.source, ref.range));
    },
    [result],
  );
  const changeType = (next: PolicyType) => {
    setType(next);
    setRequest((r) => requestForType(next, r));
  };
  const loadExample = (example: PlaygroundExample) => {
    const req = exampleRequest(example);
    setText(example.policy);
    setType(example.type);
    setRequest(req);
    run({ text: example.policy, type: example.type, request: req });
  };
  const hint = POLICY_TYPE_OPTIONS.find((o) => o.value === type)?.hint;
  const requestText = useMemo(() => describeRequest(request), [request]);
  const errors = result?.kind === "errors" ? result.errors : [];

  return (
    <div className={styles.layout}>
      <section aria-labelledby="pg-editor" className={styles.editorCol}>
        <div className={styles.toolbar}>
          <h2 id="pg-editor" className={styles.h2}>
            Policy document
          </h2>
          <div className={styles.controls}>
            <ExamplePicker onLoad={loadExample} />
            <label className={styles.field}>
              <span>Policy type</span>
              <select
                value={type}
                onChange={(e) => changeType(e.target.value as PolicyType)}
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
          highlight={highlight}
        />
        <p className={styles.tips}>
          Suggestions: <kbd>Ctrl</kbd>+<kbd>Space</kbd>. Quick fix: <kbd>Ctrl</kbd>+<kbd>.</kbd>.
          Format: <kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd>F</kbd>.
        </p>
      </section>
      <div className={styles.side}>
        <FindingsList
          findings={report?.findings ?? null}
          lintMs={report?.ms ?? null}
          lintWhere={report?.where}
          complete={report?.complete}
          onGoTo={goTo}
        />
        <section aria-labelledby="pg-request" className={`${panel.panel} ${styles.panel}`}>
          <h2 id="pg-request" className={styles.h2}>
            Try a request
          </h2>
          <RequestForm
            request={request}
            onChange={setRequest}
            type={type}
            onEvaluate={() => run()}
            errors={errors}
            catalog={catalog}
          />
        </section>
      </div>
      <div className={styles.resultArea}>
        <RequestResult
          result={result}
          requestText={requestText}
          whyOpen={whyOpen}
          onWhy={setWhyOpen}
          canShow={isMine}
          onShow={onShow}
        />
      </div>
    </div>
  );
}
