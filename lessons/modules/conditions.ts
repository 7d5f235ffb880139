import requireMfa from "../require-mfa.json";
import sourceIp from "../source-ip.json";
import explicitDenyWins from "../explicit-deny-wins.json";
import notactionPitfalls from "../notaction-pitfalls.json";
import policyVariables from "../policy-variables.json";
import abacTags from "../abac-tags.json";
import type { ModuleEntry } from "../types";

/** Module: Conditions. */
export const conditions: ModuleEntry = {
  id: "conditions",
  title: "Conditions",
  intro:
    'Until now a statement allowed or denied an action on a resource, full stop. Conditions add "when": they compare facts AWS records about every request (was MFA used, which address it came from, which tags the caller and the resource carry, who is calling) with values you write. In this module you require MFA for destructive actions, keep keys usable only from Acme\'s networks, see exactly why an explicit deny always wins, defuse NotAction and NotResource, and write single policies that adapt to whoever calls them with variables and tags. Throughout, you will keep asking the question behind most condition bugs: what happens when a key is missing from the request?',
  learned: [
    "You can write Condition blocks with Bool, IpAddress, Numeric and String operators, and use ...IfExists when a key may be missing.",
    "You can require recent MFA for sensitive actions and limit access to known networks without locking out VPC endpoints.",
    "You can predict how a user's identity policies combine: an explicit deny anywhere wins, then an allow anywhere, else an implicit deny.",
    "You can spot the over-broad grants behind an Allow with NotAction or NotResource and replace them with explicit lists.",
    "You can write one policy for many people with ${aws:username} and tag matching (ABAC), and protect the tags it trusts.",
  ],
  lessons: [
    { id: "require-mfa", document: requireMfa },
    { id: "source-ip", document: sourceIp },
    { id: "explicit-deny-wins", document: explicitDenyWins },
    { id: "notaction-pitfalls", document: notactionPitfalls },
    { id: "policy-variables", document: policyVariables },
    { id: "abac-tags", document: abacTags },
  ],
};
