import sharedResponsibility from "../shared-responsibility.json";
import type { ModuleEntry } from "../types";

/** Module: Foundations. */
export const foundations: ModuleEntry = {
  id: "foundations",
  title: "Foundations",
  intro: "TODO",
  learned: [],
  lessons: [{ id: "shared-responsibility", document: sharedResponsibility }],
};
