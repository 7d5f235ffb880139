"use client";

import { useEffect } from "react";
import { emptyProgress, sameProgress, type Progress } from "@/lib/progress";
import type { AppStore } from "./createAppStore";
import {
  STORAGE_KEY,
  loadProgress,
  readStored,
  saveProgress,
  type KeyValueStorage,
} from "./persistence";

/**
 * Connects a store to storage: load on mount, debounced read-merge-write saves while the
 * learner works, a final save when the page is hidden, and merging of other tabs' writes.
 * Saving stops while the stored value is corrupted, until the learner chooses to start fresh.
 */
export function usePersistence(
  store: AppStore,
  getStorage: () => KeyValueStorage | null,
  delayMs: number,
): void {
  useEffect(() => {
    const storage = getStorage();
    let lastSaved: Progress | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const loaded = loadProgress(storage);
    const { setPersistence, replaceProgress, mergeProgress } = store.getState();
    if (loaded.kind === "ok") {
      replaceProgress(loaded.progress);
      lastSaved = loaded.progress;
      setPersistence({ status: "ready" });
    } else if (loaded.kind === "empty") {
      lastSaved = store.getState().progress;
      setPersistence({ status: "ready" });
    } else if (loaded.kind === "unavailable") {
      setPersistence({ status: "unavailable", reason: loaded.reason });
    } else {
      setPersistence({
        status: "corrupted",
        reason: loaded.reason,
        raw: loaded.raw,
        newer: loaded.newer,
      });
    }

    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const state = store.getState();
      if (!storage || state.persistence.status !== "ready" || state.progress === lastSaved) return;
      const result = saveProgress(storage, state.progress);
      if (result.kind === "unavailable") {
        setPersistence({ status: "unavailable", reason: result.reason });
        return;
      }
      lastSaved = result.progress;
      if (!sameProgress(result.progress, state.progress)) {
        replaceProgress(result.progress);
        lastSaved = store.getState().progress;
      }
    };

    const unsubscribe = store.subscribe((state, previous) => {
      const becameReady =
        state.persistence.status === "ready" && previous.persistence.status !== "ready";
      if (becameReady && previous.persistence.status === "corrupted") lastSaved = undefined;
      if (state.resetCount !== previous.resetCount && state.persistence.status === "ready") {
        // A reset must not be merged back with the stored value: drop it first.
        try {
          storage?.removeItem(STORAGE_KEY);
        } catch {
          // an unwritable storage is reported by the next save
        }
        lastSaved = undefined;
      }
      if (state.progress === previous.progress && !becameReady) return;
      if (state.persistence.status !== "ready") return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    });

    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      if (store.getState().persistence.status !== "ready") return;
      if (event.newValue === null) {
        // Another tab reset its progress (or storage was cleared): follow it.
        const fresh = emptyProgress(Date.now());
        lastSaved = fresh;
        replaceProgress(fresh);
        return;
      }
      const incoming = readStored(event.newValue);
      if (incoming.kind !== "ok") return;
      mergeProgress(incoming.progress);
      const merged = store.getState().progress;
      if (sameProgress(merged, incoming.progress)) lastSaved = merged;
    };
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };

    window.addEventListener("storage", onStorage);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHide);
    };
    // The store and storage are fixed for the provider's lifetime.
  }, [store, getStorage, delayMs]);
}
