import type { ModuleEntry } from "../types";

/** Module: Guardrails. */
export const guardrails: ModuleEntry = {
  id: "guardrails",
  title: "Guardrails",
  intro: "TODO",
  learned: [],
  lessons: [],
};
