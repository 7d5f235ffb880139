"use client";

import type * as Monaco from "monaco-editor";
import { POLICY_TYPES, type PolicyType } from "@/lib/iam";
import { policySchema, policySchemaUri } from "./policySchema";

type MonacoApi = typeof Monaco;

interface ModelEntry {
  type: PolicyType;
  /** Whether the linter checks this model (its schema then keeps only structure). */
  linted: boolean;
}

/** Policy type of every editor model that shows a policy, by model URI. */
const modelTypes = new Map<string, ModelEntry>();

/** The policy type of a model, or undefined when the model is not a policy editor's. */
export function policyTypeOf(model: Monaco.editor.ITextModel): PolicyType | undefined {
  return modelTypes.get(model.uri.toString())?.type;
}

/** A glob for `fileMatch` that names exactly this model (the JSON service prefixes `**\/`). */
function filePattern(uri: Monaco.Uri): string {
  const tail = `${uri.authority}${uri.path}`.replace(/^\/+/, "");
  return tail.replace(/[*?[\]{}!]/g, "?");
}

function publishSchemas(monaco: MonacoApi): void {
  const byVariant = new Map<string, string[]>();
  for (const [uri, { type, linted }] of modelTypes) {
    const key = `${type}:${linted}`;
    const list = byVariant.get(key) ?? [];
    list.push(filePattern(monaco.Uri.parse(uri)));
    byVariant.set(key, list);
  }
  const schemas = POLICY_TYPES.flatMap((type) =>
    [false, true].map((linted) => ({ type, linted, files: byVariant.get(`${type}:${linted}`) })),
  )
    .filter((v) => v.files !== undefined)
    .map(({ type, linted, files }) => ({
      uri: policySchemaUri(type, { linted }),
      fileMatch: files!,
      schema: policySchema(type, { linted }),
    }));
  const defaults = monaco.json.jsonDefaults;
  defaults.setDiagnosticsOptions({ ...defaults.diagnosticsOptions, schemas });
}

/**
 * Marks a model as a policy of the given type: its JSON schema (structure, keys, Effect and
 * Version values) follows the type, and the IAM completions and hovers apply to it. A `linted`
 * model gets the structure-only schema, so the linter alone reports mistakes (once each).
 * Returns a function that forgets the model again.
 */
export function registerPolicyModel(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  type: PolicyType,
  linted = false,
): () => void {
  const key = model.uri.toString();
  const same = (e: ModelEntry | undefined) => e?.type === type && e.linted === linted;
  if (!same(modelTypes.get(key))) {
    modelTypes.set(key, { type, linted });
    publishSchemas(monaco);
  }
  return () => {
    if (same(modelTypes.get(key))) {
      modelTypes.delete(key);
      publishSchemas(monaco);
    }
  };
}
