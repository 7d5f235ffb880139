import boundaryDelegation from "../boundary-delegation.json";
import scpDenyRegions from "../scp-deny-regions.json";
import scpProtectSecurity from "../scp-protect-security.json";
import rcpDataPerimeter from "../rcp-data-perimeter.json";
import guardrailsPredict from "../guardrails-predict.json";
import type { ModuleEntry } from "../types";

/** Module: Guardrails. */
export const guardrails: ModuleEntry = {
  id: "guardrails",
  title: "Guardrails",
  intro:
    "Identity policies say what a principal may do; guardrails say the most it can ever do, whoever writes its policies. You start inside one account, with a permissions boundary that lets a team lead create roles without being able to escalate. Then you move up to AWS Organizations: service control policies that keep every member account in approved Regions and keep its security tooling switched on, and a resource control policy that keeps Acme's data away from anyone outside the organization. The module ends with a request-by-request tour through every layer at once.",
  learned: [
    "You can delegate role creation safely by requiring a permissions boundary with iam:PermissionsBoundary and protecting the boundary itself.",
    "You can compute effective permissions as the intersection of identity policies, boundaries and SCPs, and you know that none of those ceilings ever grants.",
    "You can write deny-list SCPs beside FullAWSAccess, with NotAction for global services and ArnNotLike on aws:PrincipalARN for one exempt role.",
    "You can build an S3 data perimeter with an RCP using aws:PrincipalOrgID, aws:PrincipalIsAWSService and aws:PrincipalAccount.",
    "You know what guardrails do not reach: the management account, service-linked roles, and same-account resource policies that name a user or role session directly.",
  ],
  lessons: [
    { id: "boundary-delegation", document: boundaryDelegation },
    { id: "scp-deny-regions", document: scpDenyRegions },
    { id: "scp-protect-security", document: scpProtectSecurity },
    { id: "rcp-data-perimeter", document: rcpDataPerimeter },
    { id: "guardrails-predict", document: guardrailsPredict },
  ],
};
