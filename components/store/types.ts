import type { Progress } from "@/lib/progress";
import type { ProgressSlice } from "./progressSlice";
import type { PlayerSlice } from "./playerSlice";

/** The whole app store: every slice combined. */
export type AppState = ProgressSlice & PlayerSlice;

/** What the store needs from outside: a clock, and optionally a starting progress. */
export interface StoreDeps {
  now: () => number;
  initialProgress?: Progress;
}
