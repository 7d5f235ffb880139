import { merge, migrate, sameProgress, describeJsonError, type Progress } from "@/lib/progress";

/** The localStorage key; its suffix is the storage layout version (the value has its own). */
export const STORAGE_KEY = "least-privilege:progress:v1";

/** The part of the Web Storage API we use, so tests can hand in a fake. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What loading found. */
export type LoadResult =
  | { kind: "empty" }
  | { kind: "ok"; progress: Progress }
  | { kind: "corrupted"; raw: string; reason: string; newer: boolean }
  | { kind: "unavailable"; reason: string };

/** What saving did. */
export type SaveResult =
  { kind: "saved"; progress: Progress } | { kind: "unavailable"; reason: string };

function message(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/**
 * Returns the browser's localStorage when it works (a write and a removal succeed), else null:
 * private modes, disabled cookies and sandboxed frames throw on access.
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Parses a stored text into progress, or says why it cannot be read. */
export function readStored(raw: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      kind: "corrupted",
      raw,
      reason: `not valid JSON (${describeJsonError(raw)})`,
      newer: false,
    };
  }
  const migrated = migrate(value);
  if (migrated.ok) return { kind: "ok", progress: migrated.progress };
  return {
    kind: "corrupted",
    raw,
    reason: migrated.error,
    newer: migrated.newerVersion !== undefined,
  };
}

/** Loads progress from storage; never throws. */
export function loadProgress(storage: KeyValueStorage | null): LoadResult {
  if (!storage) return { kind: "unavailable", reason: "this browser does not allow local storage" };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (err) {
    return { kind: "unavailable", reason: message(err) };
  }
  return raw === null ? { kind: "empty" } : readStored(raw);
}

/**
 * Saves progress by read-merge-write, so a value another tab wrote since we last looked is
 * merged in rather than overwritten. Returns what was written (which may hold more than ours).
 */
export function saveProgress(storage: KeyValueStorage, progress: Progress): SaveResult {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    const stored = raw === null ? undefined : readStored(raw);
    const toWrite = stored?.kind === "ok" ? merge(progress, stored.progress) : progress;
    if (!(stored?.kind === "ok" && sameProgress(toWrite, stored.progress)))
      storage.setItem(STORAGE_KEY, JSON.stringify(toWrite));
    return { kind: "saved", progress: toWrite };
  } catch (err) {
    return { kind: "unavailable", reason: message(err) };
  }
}
