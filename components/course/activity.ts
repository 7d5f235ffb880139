import type { Activity } from "@/lib/lessons";

/** How the course map and the player name what a learner does in a lesson. */
export const ACTIVITY_LABEL: Record<Activity, string> = {
  write: "Write a policy",
  fix: "Fix a policy",
  predict: "Predict",
  classify: "Classify",
  console: "Console",
};
