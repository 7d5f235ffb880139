import { describe, expect, it } from "vitest";
import type { PrincipalElement, PrincipalEntry } from "../types";
import { parsePrincipal } from "./identity";
import { compilePrincipal, matchPrincipal, notPrincipalApplies } from "./match";

const el = (
  negated: boolean,
  ...entries: [PrincipalEntry["kind"], string][]
): PrincipalElement => ({
  name: negated ? "NotPrincipal" : "Principal",
  negated,
  path: "Statement[0].Principal",
  entries: entries.map(([kind, value]) => ({ kind, value, path: "p" })),
});

const alice = parsePrincipal("arn:aws:iam::111122223333:user/alice");
const session = parsePrincipal("arn:aws:sts::111122223333:assumed-role/Dev/s1");
const role = parsePrincipal("arn:aws:iam::111122223333:role/team/Dev");

describe("request principals", () => {
  it("CTX-1: given users, roles and sessions, when parsed, then aws:PrincipalArn is the user or role ARN", () => {
    expect(alice).toMatchObject({ kind: "user", name: "alice", account: "111122223333" });
    expect(session).toMatchObject({
      kind: "role-session",
      name: "Dev",
      sessionName: "s1",
      principalArn: "arn:aws:iam::111122223333:role/Dev",
    });
    expect(role).toMatchObject({
      kind: "role-session",
      name: "Dev",
      rolePath: "/team/",
      principalArn: "arn:aws:iam::111122223333:role/team/Dev",
    });
    expect(parsePrincipal("anonymous").kind).toBe("anonymous");
    expect(parsePrincipal("ec2.amazonaws.com")).toMatchObject({
      kind: "service",
      service: "ec2.amazonaws.com",
    });
    expect(parsePrincipal("arn:aws:iam::111122223333:root").kind).toBe("root");
    expect(parsePrincipal("arn:aws:sts::111122223333:federated-user/bob").kind).toBe(
      "federated-user",
    );
  });

  it("SCP-6: given a service-linked role, when parsed, then it is marked service-linked", () => {
    expect(
      parsePrincipal("arn:aws:iam::1:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX")
        .serviceLinked,
    ).toBe(true);
  });
});

describe("Principal matching", () => {
  it("PRIN-1: given *, when matching anyone, then it matches, anonymous included", () => {
    expect(
      matchPrincipal(compilePrincipal(el(false, ["*", "*"])), parsePrincipal("anonymous")),
    ).toBe("session");
    expect(matchPrincipal(compilePrincipal(el(false, ["AWS", "*"])), alice)).toBe("user");
  });

  it("PRIN-2: given the account id or root ARN, when matching its principals, then it delegates to the account", () => {
    expect(matchPrincipal(compilePrincipal(el(false, ["AWS", "111122223333"])), alice)).toBe(
      "account",
    );
    expect(
      matchPrincipal(
        compilePrincipal(el(false, ["AWS", "arn:aws:iam::111122223333:root"])),
        session,
      ),
    ).toBe("account");
    expect(
      matchPrincipal(compilePrincipal(el(false, ["AWS", "444455556666"])), alice),
    ).toBeUndefined();
  });

  it("PRIN-4: given a role ARN, when a session of it calls, then it matches as the role; a session ARN matches only that session", () => {
    expect(
      matchPrincipal(
        compilePrincipal(el(false, ["AWS", "arn:aws:iam::111122223333:role/Dev"])),
        session,
      ),
    ).toBe("role");
    expect(
      matchPrincipal(
        compilePrincipal(el(false, ["AWS", "arn:aws:sts::111122223333:assumed-role/Dev/s1"])),
        session,
      ),
    ).toBe("session");
    expect(
      matchPrincipal(
        compilePrincipal(el(false, ["AWS", "arn:aws:sts::111122223333:assumed-role/Dev/s2"])),
        session,
      ),
    ).toBeUndefined();
  });

  it("PRIN-6: given a partial wildcard in a principal ARN, when matching, then nothing matches", () => {
    expect(
      matchPrincipal(
        compilePrincipal(el(false, ["AWS", "arn:aws:iam::111122223333:user/*"])),
        alice,
      ),
    ).toBeUndefined();
  });

  it("PRIN-5: given a Service principal, when that service calls, then it matches", () => {
    const svc = parsePrincipal("sns.amazonaws.com");
    expect(matchPrincipal(compilePrincipal(el(false, ["Service", "sns.amazonaws.com"])), svc)).toBe(
      "session",
    );
    expect(
      matchPrincipal(compilePrincipal(el(false, ["Service", "sns.amazonaws.com"])), alice),
    ).toBeUndefined();
  });

  it("NOTP-2/NOTP-3: given NotPrincipal with the user only, then it still applies; with user and account, then not", () => {
    const userOnly = compilePrincipal(el(true, ["AWS", "arn:aws:iam::111122223333:user/alice"]));
    const both = compilePrincipal(
      el(true, ["AWS", "arn:aws:iam::111122223333:user/alice"], ["AWS", "111122223333"]),
    );
    expect(notPrincipalApplies(userOnly, alice, false)).toBe(true);
    expect(notPrincipalApplies(both, alice, false)).toBe(false);
  });

  it("NOTP-4: given a caller with a boundary, when a NotPrincipal lists it, then it still applies", () => {
    const both = compilePrincipal(
      el(true, ["AWS", "arn:aws:iam::111122223333:user/alice"], ["AWS", "111122223333"]),
    );
    expect(notPrincipalApplies(both, alice, true)).toBe(true);
  });
});
