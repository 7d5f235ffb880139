import firstIdentityPolicy from "../first-identity-policy.json";
import type { ModuleEntry } from "../types";

/** Module: Users and policies. */
export const usersAndPolicies: ModuleEntry = {
  id: "users-and-policies",
  title: "Users and policies",
  intro: "TODO",
  learned: [],
  lessons: [{ id: "first-identity-policy", document: firstIdentityPolicy }],
};
