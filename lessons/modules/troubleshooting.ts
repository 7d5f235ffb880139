import accessDeniedBoundary from "../access-denied-boundary.json";
import accessDeniedScp from "../access-denied-scp.json";
import passroleEscalation from "../passrole-escalation.json";
import policyVersionEscalation from "../policy-version-escalation.json";
import cutOverbroad from "../cut-overbroad.json";
import capstone from "../capstone.json";
import type { ModuleEntry } from "../types";

/** Module: Least privilege and troubleshooting. */
export const troubleshooting: ModuleEntry = {
  id: "troubleshooting",
  title: "Least privilege and troubleshooting",
  intro:
    "Real accounts go wrong in two directions: someone is refused what they need, or someone can do far more than anyone meant. This module starts with the first: you read AccessDenied messages to their last words and fix the one policy they name, a permissions boundary or an SCP, without opening anything else. Then you turn to the second: two classic privilege-escalation paths, iam:PassRole on every role and rewriting a policy you hold, and the method for cutting an over-broad policy down from evidence of what a role really does. The capstone puts every layer together in one partner export: trust policy, permissions, bucket policy, boundary and SCPs.",
  learned: [
    "You can read an AccessDenied message and tell from its last words which type of policy denied the request and where to fix it.",
    "You can widen a permissions boundary or an SCP by exactly what a task needs, without raising the ceiling for anyone else.",
    "You can spot and close privilege escalation through iam:PassRole and through new or default policy versions.",
    "You can cut an over-broad policy down to what a role actually does, using CloudTrail, last accessed information and IAM Access Analyzer.",
    "You can build a cross-account share in which every layer, from trust policy to SCP, grants only what is needed.",
  ],
  lessons: [
    { id: "access-denied-boundary", document: accessDeniedBoundary },
    { id: "access-denied-scp", document: accessDeniedScp },
    { id: "passrole-escalation", document: passroleEscalation },
    { id: "policy-version-escalation", document: policyVersionEscalation },
    { id: "cut-overbroad", document: cutOverbroad },
    { id: "capstone", document: capstone },
  ],
};
