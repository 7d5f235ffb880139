"use client";

import type * as Monaco from "monaco-editor";
import { POLICY_TYPES, type PolicyType } from "@/lib/iam";
import { policySchema, policySchemaUri } from "./policySchema";

type MonacoApi = typeof Monaco;

/** Policy type of every editor model that shows a policy, by model URI. */
const modelTypes = new Map<string, PolicyType>();

/** The policy type of a model, or undefined when the model is not a policy editor's. */
export function policyTypeOf(model: Monaco.editor.ITextModel): PolicyType | undefined {
  return modelTypes.get(model.uri.toString());
}

/** A glob for `fileMatch` that names exactly this model (the JSON service prefixes `**\/`). */
function filePattern(uri: Monaco.Uri): string {
  const tail = `${uri.authority}${uri.path}`.replace(/^\/+/, "");
  return tail.replace(/[*?[\]{}!]/g, "?");
}

function publishSchemas(monaco: MonacoApi): void {
  const byType = new Map<PolicyType, string[]>();
  for (const [uri, type] of modelTypes) {
    const list = byType.get(type) ?? [];
    list.push(filePattern(monaco.Uri.parse(uri)));
    byType.set(type, list);
  }
  const schemas = POLICY_TYPES.filter((t) => byType.has(t)).map((type) => ({
    uri: policySchemaUri(type),
    fileMatch: byType.get(type)!,
    schema: policySchema(type),
  }));
  const defaults = monaco.json.jsonDefaults;
  defaults.setDiagnosticsOptions({ ...defaults.diagnosticsOptions, schemas });
}

/**
 * Marks a model as a policy of the given type: its JSON schema (structure, keys, Effect and
 * Version values) follows the type, and the IAM completions and hovers apply to it.
 * Returns a function that forgets the model again.
 */
export function registerPolicyModel(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  type: PolicyType,
): () => void {
  const key = model.uri.toString();
  if (modelTypes.get(key) !== type) {
    modelTypes.set(key, type);
    publishSchemas(monaco);
  }
  return () => {
    if (modelTypes.get(key) === type) {
      modelTypes.delete(key);
      publishSchemas(monaco);
    }
  };
}
