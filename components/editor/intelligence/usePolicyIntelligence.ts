"use client";

import { useEffect, useRef, useState } from "react";
import type * as Monaco from "monaco-editor";
import type { PolicyType } from "@/lib/iam";
import { getCatalog } from "./catalogClient";
import type { LintReport } from "./findings";
import { lintWithCatalog } from "./lintAdapter";
import { LintSession } from "./lintSession";
import { registerPolicyModel } from "./policyModels";
import { registerPolicyProviders } from "./registerProviders";

/** Options of `usePolicyIntelligence`. */
export interface PolicyIntelligenceOptions {
  /** The policy type for the schema, completions and (unless `lint` is false) the linter. */
  policyType: PolicyType;
  /** False turns lint markers off. */
  lint: boolean;
  onLint?: (report: LintReport) => void;
}

/**
 * Makes an editor know IAM: registers the providers (once per Monaco), ties the editor's model
 * to the policy type's JSON schema, and lints while the learner types.
 */
export function usePolicyIntelligence(
  editor: Monaco.editor.IStandaloneCodeEditor | null,
  monaco: typeof Monaco,
  { policyType, lint, onLint }: PolicyIntelligenceOptions,
): void {
  const onLintRef = useRef(onLint);
  useEffect(() => {
    onLintRef.current = onLint;
  });
  const [model, setModel] = useState<Monaco.editor.ITextModel | null>(null);

  useEffect(() => {
    registerPolicyProviders(monaco);
    getCatalog().catch(() => undefined);
  }, [monaco]);

  useEffect(() => {
    if (!editor) return;
    setModel(editor.getModel());
    const sub = editor.onDidChangeModel(() => setModel(editor.getModel()));
    return () => sub.dispose();
  }, [editor]);

  useEffect(() => {
    if (!model) return;
    return registerPolicyModel(monaco, model, policyType, lint);
  }, [monaco, model, policyType, lint]);

  useEffect(() => {
    if (!model || !lint) return;
    const session = new LintSession(monaco, model, policyType, lintWithCatalog, (r) =>
      onLintRef.current?.(r),
    );
    return () => session.dispose();
  }, [monaco, model, policyType, lint]);
}
