import type { PolicyType } from "@/lib/iam";

/** Every policy type with a label and a one-line hint: the playground's type picker and the player's slot headings. */
export const POLICY_TYPE_OPTIONS: { value: PolicyType; label: string; hint: string }[] = [
  {
    value: "identity",
    label: "Identity-based",
    hint: "Attached to a user, group or role: what that identity may do. No Principal.",
  },
  {
    value: "resource",
    label: "Resource-based",
    hint: "Attached to a resource such as a bucket or key: who may use it. Needs a Principal.",
  },
  {
    value: "trust",
    label: "Role trust policy",
    hint: "Who may assume a role (sts:AssumeRole and friends). Principal, no Resource.",
  },
  {
    value: "scp",
    label: "Service control policy",
    hint: "An organization's guardrail for the principals in its accounts. Never grants on its own.",
  },
  {
    value: "rcp",
    label: "Resource control policy",
    hint: 'An organization\'s guardrail for the resources in its accounts. Principal must be "*".',
  },
  {
    value: "boundary",
    label: "Permissions boundary",
    hint: "The most an identity may ever do, whatever its own policies say.",
  },
  {
    value: "session",
    label: "Session policy",
    hint: "Passed when assuming a role: caps the session's permissions.",
  },
];
