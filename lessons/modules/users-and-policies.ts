import policyAnatomy from "../policy-anatomy.json";
import firstIdentityPolicy from "../first-identity-policy.json";
import wildcardTraps from "../wildcard-traps.json";
import managedVsInline from "../managed-vs-inline.json";
import readingManagedPolicies from "../reading-managed-policies.json";
import type { ModuleEntry } from "../types";

/** Module: Users and policies. */
export const usersAndPolicies: ModuleEntry = {
  id: "users-and-policies",
  title: "Users and policies",
  intro:
    'Permissions in AWS are written down as JSON policies, and this module teaches you to read and write them. You start with the parts of a policy and a one-statement grant, then list and read a bucket, and then hunt down the wildcards that quietly grant more than anyone meant. Finally you choose where a policy should live (AWS managed, customer managed or inline) and read two AWS managed policies closely enough to see what "read only" really allows.',
  learned: [
    'You can name every element of an IAM policy and explain why it starts with "Version": "2012-10-17".',
    "You can write an identity policy with exact actions, using bucket ARNs and object ARNs where each belongs.",
    "You can spot wildcard traps in bucket names, action names and ARN segments, and replace them with exact names.",
    "You can choose between AWS managed, customer managed and inline policies, and write one managed policy that serves a group and a role.",
    "You can predict what AdministratorAccess and ReadOnlyAccess allow, and explain why ReadOnlyAccess still exposes data.",
  ],
  lessons: [
    { id: "policy-anatomy", document: policyAnatomy },
    { id: "first-identity-policy", document: firstIdentityPolicy },
    { id: "wildcard-traps", document: wildcardTraps },
    { id: "managed-vs-inline", document: managedVsInline },
    { id: "reading-managed-policies", document: readingManagedPolicies },
  ],
};
