import bucketPolicyBasics from "../bucket-policy-basics.json";
import crossAccountBothSides from "../cross-account-both-sides.json";
import fixBucketPolicy from "../fix-bucket-policy.json";
import kmsKeyPolicy from "../kms-key-policy.json";
import publicBucket from "../public-bucket.json";
import type { ModuleEntry } from "../types";

/** Module: Resource-based policies. */
export const resourcePolicies: ModuleEntry = {
  id: "resource-policies",
  title: "Resource-based policies",
  intro:
    "Some AWS resources carry a policy of their own: an S3 bucket policy, a KMS key policy, a role's trust policy. Because such a policy sits on the resource, every statement names its caller in a Principal element, and who you name decides whether the policy grants access by itself or only hands the decision to IAM. In this module you write and repair bucket policies at Acme, close a bucket that was open to the internet, share exports with a partner account, and fix the key policy that guards the Orders API's payment tokens. Along the way you learn where the usual \"one allow is enough\" rule holds and where it does not.",
  learned: [
    "You can write a bucket policy with a Principal, and pair s3:ListBucket with the bucket ARN and object actions with object ARNs.",
    "You can explain why, in one account, a resource policy naming a role or user grants access on its own, while naming the account only delegates to IAM.",
    "You can spot a public grant, narrow it to what really must be public, and name the guards against it: S3 Block Public Access, Object Ownership and IAM Access Analyzer.",
    "You can predict cross-account requests: the resource policy and the caller's identity policy must both allow, and a deny on either side wins.",
    "You can write a KMS key policy that separates key administrators from key users and keeps the account statement that makes IAM policies count and the key recoverable.",
  ],
  lessons: [
    { id: "bucket-policy-basics", document: bucketPolicyBasics },
    { id: "fix-bucket-policy", document: fixBucketPolicy },
    { id: "public-bucket", document: publicBucket },
    { id: "cross-account-both-sides", document: crossAccountBothSides },
    { id: "kms-key-policy", document: kmsKeyPolicy },
  ],
};
