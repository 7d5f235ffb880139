import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { StoreProvider, useAppStoreApi } from "./StoreProvider";
import type { AppStore } from "./createAppStore";
import type { KeyValueStorage } from "./persistence";

/** A Map-backed storage for tests; `failWrites` makes setItem throw like a full quota. */
export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites)
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** Hands the provider's store to a test. */
export function GrabStore({ onStore }: { onStore: (store: AppStore) => void }) {
  onStore(useAppStoreApi());
  return null;
}

/**
 * Renders `ui` inside a store backed by memory and returns a getter for that store (tests act
 * on it with `act(() => store().getState()...)`).
 */
export function renderWithStore(ui: ReactNode): () => AppStore {
  let store!: AppStore;
  render(
    <StoreProvider storage={new MemoryStorage()}>
      <GrabStore onStore={(s) => (store = s)} />
      {ui}
    </StoreProvider>,
  );
  return () => store;
}
