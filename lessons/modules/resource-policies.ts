import fixBucketPolicy from "../fix-bucket-policy.json";
import type { ModuleEntry } from "../types";

/** Module: Resource-based policies. */
export const resourcePolicies: ModuleEntry = {
  id: "resource-policies",
  title: "Resource-based policies",
  intro: "TODO",
  learned: [],
  lessons: [{ id: "fix-bucket-policy", document: fixBucketPolicy }],
};
