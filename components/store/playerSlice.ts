import type { StateCreator } from "zustand";
import type { AppState } from "./types";

/** A source range in an editor, 1-based (the editor's `highlight` prop). */
export interface HighlightRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Transient lesson-player state: never persisted, reset when a lesson opens. */
export interface PlayerSlice {
  /** The check whose evaluation trace ("Why?") is open. */
  openTraceCheckId: string | null;
  /** The statement to highlight in one slot's editor. */
  highlight: { slotId: string; range: HighlightRange } | null;
  openTrace: (checkId: string) => void;
  closeTrace: () => void;
  setHighlight: (highlight: { slotId: string; range: HighlightRange } | null) => void;
  resetPlayer: () => void;
}

/** Creates the player slice. */
export const createPlayerSlice: StateCreator<AppState, [], [], PlayerSlice> = (set) => ({
  openTraceCheckId: null,
  highlight: null,
  openTrace: (checkId) => set({ openTraceCheckId: checkId }),
  closeTrace: () => set({ openTraceCheckId: null, highlight: null }),
  setHighlight: (highlight) => set({ highlight }),
  resetPlayer: () => set({ openTraceCheckId: null, highlight: null }),
});
