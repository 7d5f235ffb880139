import sharedResponsibility from "../shared-responsibility.json";
import sharedResponsibilityManaged from "../shared-responsibility-managed.json";
import rootUser from "../root-user.json";
import type { ModuleEntry } from "../types";

/** Module: Foundations. */
export const foundations: ModuleEntry = {
  id: "foundations",
  title: "Foundations",
  intro:
    "Before you write a single policy, you need to know which part of security is yours. AWS secures the cloud itself, you secure what you put in it, and the line between the two moves with each service: from a virtual server on EC2 to managed services such as RDS, Lambda, S3 and DynamoDB. This module sorts real duties to either side of that line, and then introduces the one identity in every account that no IAM policy can restrict: the root user.",
  learned: [
    "You can tell security of the cloud (AWS) from security in the cloud (you) on EC2, RDS, Lambda, S3 and DynamoDB.",
    "You can tell the work a managed service does for you from the settings only you can choose, such as backup retention, encryption keys and public access.",
    "You know that access (IAM policies, bucket policies, security groups, execution roles) stays your responsibility on every service.",
    "You can protect the root user with MFA and no access keys, and keep it for the few tasks that require it.",
  ],
  lessons: [
    { id: "shared-responsibility", document: sharedResponsibility },
    { id: "shared-responsibility-managed", document: sharedResponsibilityManaged },
    { id: "root-user", document: rootUser },
  ],
};
