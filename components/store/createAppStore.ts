import { createStore } from "zustand/vanilla";
import { createProgressSlice } from "./progressSlice";
import { createPlayerSlice } from "./playerSlice";
import type { AppState, StoreDeps } from "./types";

/** Creates one app store (one per provider: there is no module-level store). */
export function createAppStore(deps: Partial<StoreDeps> = {}) {
  const full: StoreDeps = { now: deps.now ?? Date.now, initialProgress: deps.initialProgress };
  return createStore<AppState>()((...a) => ({
    ...createProgressSlice(full)(...a),
    ...createPlayerSlice(...a),
  }));
}

/** The type of a store made by {@link createAppStore}. */
export type AppStore = ReturnType<typeof createAppStore>;
