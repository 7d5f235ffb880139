/** The policy size quota. */
import type { PolicyType } from "../../types";
import type { IdentityPolicyKind, Rule } from "../types";

/** Characters allowed per policy, whitespace not counted (IAM and Organizations quotas). */
export function sizeLimit(
  type: PolicyType,
  identityKind: IdentityPolicyKind = "managed",
): { limit: number; what: string } {
  switch (type) {
    case "identity":
      return {
        managed: { limit: 6144, what: "a managed policy" },
        user: { limit: 2048, what: "inline policies of a user" },
        group: { limit: 5120, what: "inline policies of a group" },
        role: { limit: 10240, what: "inline policies of a role" },
      }[identityKind];
    case "boundary":
      return { limit: 6144, what: "a managed policy used as a permissions boundary" };
    case "trust":
      return { limit: 2048, what: "a role trust policy (raisable to 4,096)" };
    case "scp":
      return { limit: 5120, what: "a service control policy" };
    case "rcp":
      return { limit: 5120, what: "a resource control policy" };
    case "session":
      return { limit: 2048, what: "a session policy" };
    case "resource":
      return { limit: 20480, what: "an S3 bucket policy" };
  }
}

/** Counts the characters IAM counts: everything except whitespace outside strings. */
export function policySize(text: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      n++;
      if (c === 92) {
        i++;
        n++;
      } else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
      n++;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) n++;
  }
  return n;
}

export const policyTooLarge: Rule = {
  code: "policy-too-large",
  severity: "error",
  description: "The policy exceeds the size quota of its policy type (whitespace not counted).",
  check(ctx, report) {
    const { limit, what } = sizeLimit(ctx.type, ctx.options.identityKind);
    const size = policySize(ctx.text);
    if (size <= limit) return;
    report({
      at: { offset: 0, length: 0, line: 1, column: 1 },
      path: "",
      message:
        `The policy is ${size.toLocaleString("en-US")} characters (whitespace not counted); AWS allows ${limit.toLocaleString("en-US")} for ${what}. ` +
        "Use wildcards such as s3:Get* where they keep least privilege, merge statements with the same resources, or split it into several policies.",
    });
  },
};
