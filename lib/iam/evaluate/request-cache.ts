/**
 * Normalised requests, kept per request object: a lesson check (and the bench's cold phase)
 * evaluates the same request object again and again. An entry is used only while the request
 * still reads the same: principal, action, resource, resource account, service-linked flag and
 * every context key and value (arrays element by element) are compared with what was read, so a
 * request changed in place is normalised afresh.
 */
import type { EvaluationRequest } from "../types";
import { normalizeRequest, type NormalizedRequest } from "./request";

interface Entry {
  req: NormalizedRequest;
  resourceAccount: unknown;
  serviceLinked: unknown;
  /** Context as read: key, then the value, or ARRAY, the length and each element. */
  snapshot: unknown[];
}

const ARRAY = Symbol("array");
const entries = new WeakMap<object, Entry>();
const hasOwn = Object.prototype.hasOwnProperty;

function snapshotOf(context: unknown): unknown[] {
  const out: unknown[] = [];
  if (typeof context !== "object" || context === null) return out;
  const ctx = context as Record<string, unknown>;
  for (const key in ctx) {
    if (!hasOwn.call(ctx, key)) continue;
    const v = ctx[key];
    out.push(key);
    if (Array.isArray(v)) out.push(ARRAY, v.length, ...v);
    else out.push(v);
  }
  return out;
}

/** True when the context object still holds exactly what `snapshot` recorded. */
function sameContext(context: unknown, snapshot: unknown[]): boolean {
  if (typeof context !== "object" || context === null) return snapshot.length === 0;
  const ctx = context as Record<string, unknown>;
  let j = 0;
  for (const key in ctx) {
    if (!hasOwn.call(ctx, key)) continue;
    if (snapshot[j++] !== key) return false;
    const v = ctx[key];
    if (Array.isArray(v)) {
      if (snapshot[j++] !== ARRAY || snapshot[j++] !== v.length) return false;
      for (let i = 0; i < v.length; i++) if (snapshot[j++] !== v[i]) return false;
    } else if (snapshot[j++] !== v) return false;
  }
  return j === snapshot.length;
}

/** `normalizeRequest`, reused while the same request object comes back unchanged. */
export function normalizeRequestCached(raw: EvaluationRequest): NormalizedRequest {
  if (typeof raw !== "object" || raw === null) return normalizeRequest(raw);
  const hit = entries.get(raw);
  if (
    hit !== undefined &&
    hit.req.principal.raw === raw.principal &&
    hit.req.action === raw.action &&
    hit.req.resource === raw.resource &&
    hit.resourceAccount === raw.resourceAccount &&
    hit.serviceLinked === raw.serviceLinkedRole &&
    sameContext(raw.context, hit.snapshot)
  ) {
    return hit.req;
  }
  const req = normalizeRequest(raw);
  entries.set(raw, {
    req,
    resourceAccount: raw.resourceAccount,
    serviceLinked: raw.serviceLinkedRole,
    snapshot: snapshotOf(raw.context),
  });
  return req;
}
