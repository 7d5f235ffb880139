import { describe, expect, it } from "vitest";
import { resolvePrincipal } from "./principal";
import { indexWorld } from "./world";

const sim = indexWorld({
  accounts: [
    {
      id: "111122223333",
      users: [{ name: "alice", path: "/staff/" }],
      roles: [{ name: "ops", trustPolicy: {} }],
    },
  ],
});

describe("resolvePrincipal", () => {
  it("given shorthands, when resolved, then they live in the first account with their paths", () => {
    expect(resolvePrincipal(sim, "user/alice")).toMatchObject({
      ok: true,
      principal: { kind: "user", arn: "arn:aws:iam::111122223333:user/staff/alice" },
    });
    expect(resolvePrincipal(sim, "111122223333:role/ops")).toMatchObject({
      ok: true,
      principal: { kind: "role" },
    });
  });

  it("given ARNs, service principals, root and anonymous, when resolved, then each gets its kind", () => {
    expect(resolvePrincipal(sim, "arn:aws:sts::111122223333:assumed-role/ops/s1")).toMatchObject({
      ok: true,
      principal: { kind: "role", arn: "arn:aws:sts::111122223333:assumed-role/ops/s1" },
    });
    expect(resolvePrincipal(sim, "ec2.amazonaws.com")).toMatchObject({
      ok: true,
      principal: { kind: "service" },
    });
    expect(resolvePrincipal(sim, "root")).toMatchObject({
      ok: true,
      principal: { kind: "root", arn: "arn:aws:iam::111122223333:root" },
    });
    expect(resolvePrincipal(sim, "anonymous")).toMatchObject({
      ok: true,
      principal: { kind: "anonymous" },
    });
    expect(resolvePrincipal(sim, "arn:aws:iam::444455556666:user/eve")).toMatchObject({
      ok: true,
      principal: { kind: "external", account: "444455556666" },
    });
  });

  it("given a missing entity or nonsense, when resolved, then a plain error", () => {
    expect(resolvePrincipal(sim, "user/bob")).toEqual({
      ok: false,
      error: 'account 111122223333 has no user "bob"',
    });
    expect(resolvePrincipal(sim, "alice").ok).toBe(false);
  });
});
