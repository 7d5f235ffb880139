"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * Follows `value` after it has been still for `delayMs`; `flush()` adopts the current value now
 * (e.g. when the learner presses "Check").
 */
export function useDebounced<T>(value: T, delayMs: number): [T, () => T] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  const flush = useCallback(() => {
    setSettled(value);
    return value;
  }, [value]);
  return [settled, flush];
}
