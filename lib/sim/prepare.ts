import { isPolicy, parsePolicy, type PolicyType } from "@/lib/iam";

/** Turns a raw document into what the engine evaluates fastest; may return the input unchanged. */
export type DocumentPreparer = (document: unknown, type: PolicyType) => unknown;

/** Passes documents through untouched: the engine parses them on every evaluation. */
export const rawDocuments: DocumentPreparer = (document) => document;

/**
 * A preparer that parses each document once per policy type and caches the parsed policy by the
 * document object's identity (so a world's documents are parsed once, however many requests use
 * them). Documents that do not parse are passed through raw, so the engine reports their errors.
 */
export function cachingPreparer(): DocumentPreparer {
  const cache = new WeakMap<object, Map<PolicyType, unknown>>();
  return (document, type) => {
    if (document === null || typeof document !== "object" || isPolicy(document)) return document;
    let byType = cache.get(document);
    if (byType === undefined) {
      byType = new Map();
      cache.set(document, byType);
    }
    if (byType.has(type)) return byType.get(type);
    const parsed = parsePolicy(document, { type });
    const prepared = parsed.policy ?? document;
    byType.set(type, prepared);
    return prepared;
  };
}
