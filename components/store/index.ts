export { StoreProvider, useAppStore, useAppStoreApi } from "./StoreProvider";
export type { StoreProviderProps } from "./StoreProvider";
export { createAppStore } from "./createAppStore";
export type { AppStore } from "./createAppStore";
export type { AppState } from "./types";
export type { PersistenceState } from "./progressSlice";
export type { HighlightRange } from "./playerSlice";
export { STORAGE_KEY } from "./persistence";
export type { KeyValueStorage } from "./persistence";
