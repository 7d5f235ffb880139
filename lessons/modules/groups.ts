import groupPolicy from "../group-policy.json";
import twoGroupsPredict from "../two-groups-predict.json";
import type { ModuleEntry } from "../types";

/** Module: Groups. */
export const groups: ModuleEntry = {
  id: "groups",
  title: "Groups",
  intro: "TODO",
  learned: [],
  lessons: [
    { id: "group-policy", document: groupPolicy },
    { id: "two-groups-predict", document: twoGroupsPredict },
  ],
};
