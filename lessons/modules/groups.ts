import groupPolicy from "../group-policy.json";
import twoGroupsPredict from "../two-groups-predict.json";
import movingTeams from "../moving-teams.json";
import type { ModuleEntry } from "../types";

/** Module: Groups. */
export const groups: ModuleEntry = {
  id: "groups",
  title: "Groups",
  intro:
    "Writing a policy for every person does not scale: sooner or later one copy is wrong. IAM groups let you write a team's permissions once and grant them by membership. In this module you give a team its access through a group, predict what happens when a user belongs to several groups, and follow someone who changes teams to see how forgotten memberships turn into permission creep.",
  learned: [
    "You can write an inline policy for a group so that every member gets it, and nobody else does.",
    "You can add up what a user gets from every group she is in, and spot the explicit deny that beats them all.",
    "You can tell an explicit deny from an implicit one.",
    "You know that a forgotten group membership keeps its old access, and that a move means removing the old group as well as adding the new one.",
    "You know that groups contain only users, cannot be nested, and that a user can be in at most 10 groups.",
  ],
  lessons: [
    { id: "group-policy", document: groupPolicy },
    { id: "two-groups-predict", document: twoGroupsPredict },
    { id: "moving-teams", document: movingTeams },
  ],
};
