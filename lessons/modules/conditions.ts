import type { ModuleEntry } from "../types";

/** Module: Conditions. */
export const conditions: ModuleEntry = {
  id: "conditions",
  title: "Conditions",
  intro: "TODO",
  learned: [],
  lessons: [],
};
