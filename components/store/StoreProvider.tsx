"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createAppStore, type AppStore } from "./createAppStore";
import type { AppState } from "./types";
import { usePersistence } from "./usePersistence";
import { browserStorage, type KeyValueStorage } from "./persistence";

const StoreContext = createContext<AppStore | null>(null);

export interface StoreProviderProps {
  children: ReactNode;
  /** Storage to persist to; defaults to the browser's localStorage (null when unavailable). */
  storage?: KeyValueStorage | null;
  /** Delay between the last change and the save, in milliseconds (default 400). */
  saveDelayMs?: number;
  /** The clock (tests inject one). */
  now?: () => number;
}

/**
 * Creates the app store for its subtree and keeps progress in localStorage: loads on mount,
 * saves as you type (debounced), merges changes from other tabs. A provider nested inside
 * another reuses the outer store, so a route may wrap itself without creating a second store.
 */
export function StoreProvider(props: StoreProviderProps) {
  const parent = useContext(StoreContext);
  if (parent) return <>{props.children}</>;
  return <RootStoreProvider {...props} />;
}

function RootStoreProvider({ children, storage, saveDelayMs = 400, now }: StoreProviderProps) {
  const [store] = useState(() => createAppStore({ now }));
  // Fixed for the provider's lifetime, so persistence connects exactly once.
  const [getStorage] = useState(() => (storage !== undefined ? () => storage : browserStorage));
  usePersistence(store, getStorage, saveDelayMs);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Returns the raw store (for effects that read state without re-rendering). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore must be used inside <StoreProvider>");
  return store;
}

/** Selects exactly what a component renders from the app store. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
