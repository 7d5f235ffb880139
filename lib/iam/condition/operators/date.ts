/** Date operators: ISO 8601 dates/times or epoch seconds, compared as instants. */
import { orderedOperators } from "./ordered";

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a date condition value to epoch milliseconds; undefined when it is not a date. */
export function readDate(v: string): number | undefined {
  const t = v.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  if (!ISO.test(t)) return undefined;
  // A date-time without an offset is read as UTC, as AWS does.
  const hasZone = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(t);
  const ms = Date.parse(t.includes("T") && !hasZone ? `${t}Z` : t);
  return Number.isNaN(ms) ? undefined : ms;
}

const date = orderedOperators(readDate);

/** `DateEquals`. */
export const DateEquals = date("DateEquals", false, (r, p) => r === p);
/** `DateNotEquals` (negated `DateEquals`). */
export const DateNotEquals = date("DateNotEquals", true, (r, p) => r === p);
/** `DateLessThan`: request before policy. */
export const DateLessThan = date("DateLessThan", false, (r, p) => r < p);
/** `DateLessThanEquals`: request at or before policy. */
export const DateLessThanEquals = date("DateLessThanEquals", false, (r, p) => r <= p);
/** `DateGreaterThan`: request after policy. */
export const DateGreaterThan = date("DateGreaterThan", false, (r, p) => r > p);
/** `DateGreaterThanEquals`: request at or after policy. */
export const DateGreaterThanEquals = date("DateGreaterThanEquals", false, (r, p) => r >= p);
