import type { ModuleEntry } from "../types";

/** Module: Least privilege and troubleshooting. */
export const troubleshooting: ModuleEntry = {
  id: "troubleshooting",
  title: "Least privilege and troubleshooting",
  intro: "TODO",
  learned: [],
  lessons: [],
};
