import { describe, expect, it } from "vitest";
import type { LabelledPolicy } from "@/lib/iam";
import { requestToEvaluationInput } from "./gather";
import type { World } from "./model";
import { indexWorld } from "./world";

const doc = (sid: string) => ({
  Version: "2012-10-17",
  Statement: [{ Sid: sid, Effect: "Allow", Action: "s3:*", Resource: "*" }],
});

const world: World = {
  accounts: [
    {
      id: "111122223333",
      users: [
        {
          name: "alice",
          groups: ["Developers"],
          inline: [{ name: "Own", document: doc("Own") }],
          attached: ["Shared", "aws:ReadOnlyAccess"],
          boundary: "Fence",
          tags: { team: "blue" },
        },
      ],
      groups: [
        {
          name: "Developers",
          inline: [{ name: "DevAccess", document: doc("Dev") }],
          attached: ["Shared"],
        },
      ],
      roles: [
        {
          name: "analytics",
          trustPolicy: { Version: "2012-10-17", Statement: [] },
          inline: [{ name: "R", document: doc("R") }],
        },
      ],
      policies: [
        { name: "Shared", document: doc("Shared") },
        { name: "Fence", document: doc("Fence") },
      ],
      resources: [
        {
          kind: "s3-bucket",
          arn: "arn:aws:s3:::reports",
          tags: { data: "internal" },
          policy: doc("Bucket"),
        },
      ],
    },
    {
      id: "444455556666",
      resources: [{ kind: "sqs-queue", arn: "arn:aws:sqs:us-east-1:444455556666:jobs" }],
    },
  ],
  organization: {
    managementAccount: "999999999999",
    policies: [{ name: "DenyRegions", type: "scp", document: doc("Regions") }],
    root: {
      id: "r-root",
      children: [
        {
          id: "ou-dev",
          name: "Dev",
          scps: ["FullAWSAccess", "DenyRegions"],
          accounts: [{ id: "111122223333" }],
        },
      ],
      accounts: [{ id: "444455556666" }],
    },
  },
};

const managedPolicies = new Map([["ReadOnlyAccess", doc("AwsRO")]]);
const sim = indexWorld(world);
const ids = (list: unknown) => (list as LabelledPolicy[]).map((p) => p.id);

describe("requestToEvaluationInput", () => {
  it("given a user in a group, when gathering, then her inline, attached and group policies come in order with labels", () => {
    const { input, problems } = requestToEvaluationInput(
      sim,
      { principal: "user/alice", action: "s3:GetObject", resource: "arn:aws:s3:::reports/a" },
      [],
      { managedPolicies },
    );
    expect(problems).toEqual([]);
    expect(ids(input.identityPolicies)).toEqual([
      "111122223333:user/alice:inline/Own",
      "111122223333:policy/Shared",
      "aws:policy/ReadOnlyAccess",
      "111122223333:group/Developers:inline/DevAccess",
      "111122223333:policy/Shared",
    ]);
    const labels = (input.identityPolicies as LabelledPolicy[]).map((p) => p.label);
    expect(labels).toContain("inline policy DevAccess of group Developers");
    expect(input.request.principal).toBe("arn:aws:iam::111122223333:user/alice");
    expect(input.request.resourceAccount).toBe("111122223333");
  });

  it("given a user with a boundary, when gathering, then the boundary is the managed policy, typed boundary", () => {
    const { input } = requestToEvaluationInput(
      sim,
      { principal: "user/alice", action: "s3:GetObject", resource: "*" },
      [],
      { managedPolicies },
    );
    expect(input.permissionsBoundary).toMatchObject({
      id: "111122223333:policy/Fence",
      type: "boundary",
    });
  });

  it("given an S3 object, when gathering, then the bucket's policy is the resource policy and bucket tags are not object tags", () => {
    const { input } = requestToEvaluationInput(
      sim,
      { principal: "user/alice", action: "s3:GetObject", resource: "arn:aws:s3:::reports/a" },
      [],
      { managedPolicies },
    );
    expect(input.resourcePolicy).toMatchObject({
      id: "resource:arn:aws:s3:::reports",
      label: "bucket policy of arn:aws:s3:::reports",
    });
    expect(input.request.context).toEqual({ "aws:PrincipalTag/team": "blue" });
  });

  it("given the bucket itself, when gathering, then its tags become aws:ResourceTag keys and given context wins", () => {
    const { input } = requestToEvaluationInput(
      sim,
      {
        principal: "user/alice",
        action: "s3:ListBucket",
        resource: "arn:aws:s3:::reports",
        context: { "aws:PrincipalTag/team": "red" },
      },
      [],
      { managedPolicies },
    );
    expect(input.request.context).toEqual({
      "aws:PrincipalTag/team": "red",
      "aws:ResourceTag/data": "internal",
    });
  });

  it("given sts:AssumeRole on a role, when gathering, then the role's trust policy is the resource policy", () => {
    const { input } = requestToEvaluationInput(
      sim,
      {
        principal: "user/alice",
        action: "sts:AssumeRole",
        resource: "arn:aws:iam::111122223333:role/analytics",
      },
      [],
      { managedPolicies },
    );
    expect(input.resourcePolicy).toMatchObject({
      id: "111122223333:role/analytics:trust",
      type: "trust",
    });
  });

  it("given slot overrides, when gathering, then they replace same-named policies and add new ones with slot ids", () => {
    const { input } = requestToEvaluationInput(
      sim,
      { principal: "user/alice", action: "s3:GetObject", resource: "arn:aws:s3:::reports/a" },
      [
        {
          id: "slot:dev",
          target: { kind: "group-inline", group: "Developers", policyName: "DevAccess" },
          document: doc("New"),
        },
        {
          id: "slot:extra",
          target: { kind: "user-inline", user: "alice", policyName: "Extra" },
          document: doc("Extra"),
        },
        {
          id: "slot:bucket",
          target: { kind: "resource-policy", arn: "arn:aws:s3:::reports" },
          document: doc("B2"),
        },
        { id: "slot:fence", target: { kind: "boundary", user: "alice" }, document: doc("F2") },
      ],
      { managedPolicies },
    );
    expect(ids(input.identityPolicies)).toEqual([
      "111122223333:user/alice:inline/Own",
      "slot:extra",
      "111122223333:policy/Shared",
      "aws:policy/ReadOnlyAccess",
      "slot:dev",
      "111122223333:policy/Shared",
    ]);
    expect((input.identityPolicies as LabelledPolicy[])[4].label).toBe(
      "inline policy DevAccess of group Developers",
    );
    expect(input.resourcePolicy).toMatchObject({ id: "slot:bucket", type: "resource" });
    expect(input.permissionsBoundary).toMatchObject({ id: "slot:fence", type: "boundary" });
  });

  it("given an S3 object the scenario lists itself, when gathering, then its bucket's policy applies to it", () => {
    const listed = indexWorld({
      accounts: [
        {
          ...world.accounts[0],
          resources: [
            ...(world.accounts[0].resources ?? []),
            { kind: "s3-object", arn: "arn:aws:s3:::reports/readme.txt" },
          ],
        },
      ],
    });
    const { input } = requestToEvaluationInput(listed, {
      principal: "user/alice",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::reports/readme.txt",
    });
    expect((input.resourcePolicy as LabelledPolicy | undefined)?.id).toBe(
      "resource:arn:aws:s3:::reports",
    );
  });

  it("given an organization with an id, when gathering, then the principal's and the resource's organization keys are derived (and given keys win)", () => {
    const withId = indexWorld({
      ...world,
      organization: { ...world.organization!, id: "o-a1b2c3d4e5" },
    });
    const { input } = requestToEvaluationInput(withId, {
      principal: "user/alice",
      action: "sqs:SendMessage",
      resource: "arn:aws:sqs:us-east-1:444455556666:jobs",
    });
    expect(input.request.context).toMatchObject({
      "aws:PrincipalOrgID": "o-a1b2c3d4e5",
      "aws:PrincipalOrgPaths": ["o-a1b2c3d4e5/r-root/ou-dev/"],
      "aws:ResourceOrgID": "o-a1b2c3d4e5",
      "aws:ResourceOrgPaths": ["o-a1b2c3d4e5/r-root/"],
    });
    const given = requestToEvaluationInput(withId, {
      principal: "user/alice",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::reports/a",
      context: { "aws:PrincipalOrgID": "o-zzzzzzzzzz" },
    });
    expect(given.input.request.context?.["aws:PrincipalOrgID"]).toBe("o-zzzzzzzzzz");
    // Without an id (or outside the organization) nothing is derived.
    const none = requestToEvaluationInput(sim, {
      principal: "user/alice",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::reports/a",
    });
    expect(none.input.request.context).not.toHaveProperty("aws:PrincipalOrgID");
  });

  it("given an organization, when gathering, then SCPs follow the principal's account and RCPs the resource's, by level", () => {
    const { input } = requestToEvaluationInput(
      sim,
      {
        principal: "user/alice",
        action: "sqs:SendMessage",
        resource: "arn:aws:sqs:us-east-1:444455556666:jobs",
      },
      [],
      { managedPolicies },
    );
    expect((input.scps ?? []).map(ids)).toEqual([
      ["org:scp/FullAWSAccess@r-root"],
      ["org:scp/FullAWSAccess@ou-dev", "org:scp/DenyRegions@ou-dev"],
      ["org:scp/FullAWSAccess@111122223333"],
    ]);
    expect((input.rcps ?? []).map(ids)).toEqual([
      ["org:rcp/RCPFullAWSAccess@r-root"],
      ["org:rcp/RCPFullAWSAccess@444455556666"],
    ]);
    expect(input.request.resourceAccount).toBe("444455556666");
    expect(input.managementAccount).toBe("999999999999");
  });

  it("given an SCP slot, when gathering, then it replaces the named policy at its level", () => {
    const { input } = requestToEvaluationInput(
      sim,
      { principal: "user/alice", action: "s3:GetObject", resource: "*" },
      [
        {
          id: "slot:scp",
          target: { kind: "scp", level: "ou-dev", policyName: "DenyRegions" },
          document: doc("S"),
        },
      ],
      { managedPolicies },
    );
    expect(ids(input.scps?.[1])).toEqual(["org:scp/FullAWSAccess@ou-dev", "slot:scp"]);
  });

  it("given a missing AWS managed policy or an unknown principal, when gathering, then a problem is reported", () => {
    expect(
      requestToEvaluationInput(sim, {
        principal: "user/alice",
        action: "s3:GetObject",
        resource: "*",
      }).problems,
    ).toEqual(["AWS managed policy ReadOnlyAccess is not loaded"]);
    expect(
      requestToEvaluationInput(sim, {
        principal: "user/zed",
        action: "s3:GetObject",
        resource: "*",
      }).problems,
    ).toEqual(['account 111122223333 has no user "zed"']);
  });

  it("given anonymous or a role, when gathering, then only the policies that apply are present", () => {
    const anon = requestToEvaluationInput(sim, {
      principal: "anonymous",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::reports/a",
    });
    expect(anon.input.identityPolicies).toBeUndefined();
    expect(anon.input.scps).toBeUndefined();
    expect(anon.input.request.principal).toBe("anonymous");
    const role = requestToEvaluationInput(sim, {
      principal: "role/analytics",
      action: "s3:GetObject",
      resource: "*",
    });
    expect(ids(role.input.identityPolicies)).toEqual(["111122223333:role/analytics:inline/R"]);
    expect(role.input.request.principal).toBe("arn:aws:iam::111122223333:role/analytics");
  });
});
