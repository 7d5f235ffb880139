"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * Follows `value` after it has been still for `delayMs`; `flush(v)` adopts `v` (by default the
 * rendered value) now, e.g. when the learner presses "Check".
 */
export function useDebounced<T>(value: T, delayMs: number): [T, (now?: T) => T] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  const flush = useCallback(
    (now: T = value) => {
      setSettled(now);
      return now;
    },
    [value],
  );
  return [settled, flush];
}
