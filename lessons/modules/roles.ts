import ec2RoleReadsS3 from "../ec2-role-reads-s3.json";
import trustPolicyAnatomy from "../trust-policy-anatomy.json";
import assumeRoleSameAccount from "../assume-role-same-account.json";
import crossAccountExternalId from "../cross-account-external-id.json";
import sessionLimits from "../session-limits.json";
import type { ModuleEntry } from "../types";

/** Module: Roles. */
export const roles: ModuleEntry = {
  id: "roles",
  title: "Roles",
  intro:
    "A role is an identity without a password or long-term keys: whoever its trust policy allows can assume it and receives temporary credentials. Roles are how software, AWS services, people on a sensitive task and partners in other accounts get access without sharing secrets. In this module you give an EC2 instance and a Lambda function their roles, let a developer assume a deploy role in his own account, open a role to a partner safely with an external ID, and see how long a session lasts and how a session policy narrows it.",
  learned: [
    "You can write a trust policy (Principal, sts:AssumeRole, an optional Condition) and a permissions policy, and tell which one a failure comes from.",
    "You know the two same-account ways to let a user assume a role: name the user in the trust policy, or trust the account and allow sts:AssumeRole in the user's identity policy.",
    "You can open a role to another account with an sts:ExternalId condition and explain the confused deputy problem it prevents.",
    "You know what AssumeRole returns and its limits: 1 hour by default, up to the role's maximum of 1 to 12 hours, and 1 hour when roles are chained.",
    "You can predict a session's permissions as the intersection of the role's policies and its session policy.",
  ],
  lessons: [
    { id: "ec2-role-reads-s3", document: ec2RoleReadsS3 },
    { id: "trust-policy-anatomy", document: trustPolicyAnatomy },
    { id: "assume-role-same-account", document: assumeRoleSameAccount },
    { id: "cross-account-external-id", document: crossAccountExternalId },
    { id: "session-limits", document: sessionLimits },
  ],
};
