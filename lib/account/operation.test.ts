import { describe, expect, it } from "vitest";
import type { AccountEnv, Caller } from "./authorize";
import { call, type CallResult, type Params } from "./operation";
import { OPERATIONS } from "./ops";
import type { AccountState } from "./state";
import { ACCOUNT, ADMIN, BOB, ENV, ROOT, scenario } from "./test-fixtures";
import { fromWorld, toWorld } from "./world";

function run(
  state: AccountState,
  who: string | Caller,
  op: string,
  params: Params = {},
  env: AccountEnv = ENV,
) {
  const caller = typeof who === "string" ? { arn: who } : who;
  return call(state, env, caller, OPERATIONS[op], params);
}

function ok(r: CallResult): AccountState {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.state;
}

function err(r: CallResult) {
  if (r.ok) throw new Error("expected an error");
  return { code: r.error.code, message: r.error.message };
}

const ALLOW_ALL_DOC = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
});

describe("account state", () => {
  it("given a scenario, when converted to state and back, then the world keeps its entities and policies", () => {
    const world = toWorld(fromWorld(scenario()));
    const account = world.accounts[0];
    expect(account.users?.map((u) => u.name)).toEqual(["bob", "admin", "reader"]);
    expect(account.users?.[1].attached).toEqual(["aws:AdministratorAccess"]);
    expect(account.roles?.[0].maxSessionDuration).toBe(7200);
    expect(account.policies?.[0].name).toBe("S3Read");
    expect(account.resources?.map((r) => r.arn)).toContain("arn:aws:s3:::demo-bucket/readme.txt");
  });

  it("given the same scenario twice, when ids are generated, then they are identical (deterministic)", () => {
    const a = run(fromWorld(scenario()), ROOT, "CreateUser", { UserName: "carol" });
    const b = run(fromWorld(scenario()), ROOT, "CreateUser", { UserName: "carol" });
    expect(a).toEqual(b);
    expect((a.ok && (a.output as { User: { UserId: string } }).User.UserId) || "").toMatch(
      /^AIDA[A-Z2-7]{17}$/,
    );
  });

  it("given an operation, when it succeeds, then the input state is not changed", () => {
    const state = fromWorld(scenario());
    const before = JSON.stringify(state);
    ok(run(state, ROOT, "CreateUser", { UserName: "carol" }));
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe("authorisation through the engine", () => {
  it("given a user without policies, when she creates a user, then AccessDenied carries AWS's exact wording and the decision", () => {
    const r = run(fromWorld(scenario()), BOB, "CreateUser", { UserName: "carol" });
    expect(err(r)).toEqual({
      code: "AccessDenied",
      message:
        "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/carol because no identity-based policy allows the iam:CreateUser action",
    });
    expect(r.decisions[0].decision).toBe("ImplicitDeny");
    expect(r.decisions[0].trace.length).toBeGreaterThan(0);
  });

  it("given the root user, when it acts, then everything in its own account is allowed", () => {
    const state = ok(run(fromWorld(scenario()), ROOT, "CreateGroup", { GroupName: "Ops" }));
    expect(state.accounts[0].groups.map((g) => g.name)).toContain("Ops");
  });

  it("given an SCP that denies IAM, when the root user of a member account acts, then it is denied", () => {
    const world = scenario();
    world.organization = {
      managementAccount: "999988887777",
      policies: [
        {
          name: "NoIam",
          type: "scp",
          document: {
            Version: "2012-10-17",
            Statement: [
              { Effect: "Allow", Action: "*", Resource: "*" },
              { Effect: "Deny", Action: "iam:*", Resource: "*" },
            ],
          },
        },
      ],
      root: { id: "r-root", accounts: [{ id: ACCOUNT, scps: ["NoIam"] }] },
    };
    world.accounts.push({ id: "999988887777" });
    const r = run(fromWorld(world), ROOT, "CreateUser", { UserName: "carol" });
    expect(err(r).message).toBe(
      "User: arn:aws:iam::111122223333:root is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/carol with an explicit deny in a service control policy",
    );
  });

  it("given an explicit deny everywhere, when calling sts:GetCallerIdentity, then it still answers", () => {
    const world = scenario();
    world.accounts[0].users![0].inline = [
      {
        name: "DenyAll",
        document: {
          Version: "2012-10-17",
          Statement: [{ Effect: "Deny", Action: "*", Resource: "*" }],
        },
      },
    ];
    const r = run(fromWorld(world), BOB, "GetCallerIdentity");
    expect(r.ok && r.output).toEqual({
      UserId: fromWorld(world).accounts[0].users[0].id,
      Account: ACCOUNT,
      Arn: BOB,
    });
  });

  it("given an explicit deny in a managed policy, then the message names it with its ARN", () => {
    let state = fromWorld(scenario());
    state = ok(
      run(state, ROOT, "CreatePolicy", {
        PolicyName: "DenyIam",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Deny", Action: "iam:*", Resource: "*" }],
        }),
      }),
    );
    state = ok(
      run(state, ROOT, "AttachUserPolicy", {
        UserName: "admin",
        PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/DenyIam`,
      }),
    );
    expect(err(run(state, ADMIN, "CreateUser", { UserName: "x" })).message).toBe(
      "User: arn:aws:iam::111122223333:user/admin is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/x with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/DenyIam",
    );
  });

  it("given a policy granted by an operation, when the user acts next, then the new policy authorises her", () => {
    let state = fromWorld(scenario());
    state = ok(run(state, ROOT, "AddUserToGroup", { GroupName: "Devs", UserName: "bob" }));
    state = ok(
      run(state, ROOT, "PutUserPolicy", {
        UserName: "bob",
        PolicyName: "all",
        PolicyDocument: ALLOW_ALL_DOC,
      }),
    );
    expect(run(state, BOB, "CreateUser", { UserName: "carol" }).ok).toBe(true);
  });

  it("given a trust policy naming admin, when admin assumes the role, then the session acts with the role's policies", () => {
    const r = run(fromWorld(scenario()), ADMIN, "AssumeRole", {
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/DeployRole`,
      RoleSessionName: "deploy",
    });
    const state = ok(r);
    const out = r.ok
      ? (r.output as { AssumedRoleUser: { Arn: string }; Credentials: { AccessKeyId: string } })
      : undefined;
    expect(out?.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/DeployRole/deploy`);
    expect(out?.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    const session = { arn: out!.AssumedRoleUser.Arn };
    expect(run(state, session, "ListUsers").ok).toBe(true);
    expect(err(run(state, session, "CreateUser", { UserName: "x" })).message).toBe(
      "User: arn:aws:sts::111122223333:assumed-role/DeployRole/deploy is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/x because no identity-based policy allows the iam:CreateUser action",
    );
  });

  it("given a trust policy that does not name bob, when bob assumes the role, then the trust policy refuses", () => {
    const world = scenario();
    world.accounts[0].users![0].inline = [
      {
        name: "assume",
        document: {
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }],
        },
      },
    ];
    const r = run(fromWorld(world), BOB, "AssumeRole", {
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/DeployRole`,
      RoleSessionName: "s1",
    });
    expect(err(r).message).toBe(
      "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/DeployRole because no role trust policy allows the sts:AssumeRole action",
    );
  });

  it("given S3, when denied, then the resource is quoted as S3 does", () => {
    const r = run(fromWorld(scenario()), BOB, "GetBucketPolicy", { Bucket: "demo-bucket" });
    expect(err(r).message).toBe(
      'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:GetBucketPolicy on resource: "arn:aws:s3:::demo-bucket" because no identity-based policy allows the s3:GetBucketPolicy action',
    );
  });

  it("given a deleted user, when her old identity calls, then the token is invalid", () => {
    const r = run(fromWorld(scenario()), `arn:aws:iam::${ACCOUNT}:user/ghost`, "GetCallerIdentity");
    expect(err(r).code).toBe("InvalidClientTokenId");
  });
});

describe("validation as AWS does", () => {
  const state = () => fromWorld(scenario());

  it("given an existing name in another case, then EntityAlreadyExists", () => {
    expect(err(run(state(), ROOT, "CreateUser", { UserName: "BOB" }))).toEqual({
      code: "EntityAlreadyExists",
      message: "User with name BOB already exists.",
    });
    expect(err(run(state(), ROOT, "CreateGroup", { GroupName: "devs" })).message).toBe(
      "Group with name devs already exists.",
    );
    expect(
      err(
        run(state(), ROOT, "CreatePolicy", { PolicyName: "S3Read", PolicyDocument: ALLOW_ALL_DOC }),
      ).message,
    ).toBe("A policy called S3Read already exists. Duplicate names are not allowed.");
  });

  it("given a name with a space, then ValidationError with the API's pattern", () => {
    expect(err(run(state(), ROOT, "CreateUser", { UserName: "bob smith" }))).toEqual({
      code: "ValidationError",
      message:
        "1 validation error detected: Value 'bob smith' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    });
    expect(err(run(state(), ROOT, "CreateUser", { UserName: "x".repeat(65) })).message).toContain(
      "Member must have length less than or equal to 64",
    );
  });

  it("given missing entities, then NoSuchEntity", () => {
    expect(
      err(run(state(), ROOT, "AddUserToGroup", { GroupName: "Devs", UserName: "carol" })),
    ).toEqual({
      code: "NoSuchEntity",
      message: "The user with name carol cannot be found.",
    });
    expect(
      err(
        run(state(), ROOT, "AttachGroupPolicy", {
          GroupName: "Nope",
          PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
        }),
      ).message,
    ).toBe("The group with name Nope cannot be found.");
    expect(
      err(
        run(state(), ROOT, "AttachUserPolicy", {
          UserName: "bob",
          PolicyArn: "arn:aws:iam::aws:policy/NoSuchThing",
        }),
      ).message,
    ).toBe("Policy arn:aws:iam::aws:policy/NoSuchThing does not exist or is not attachable.");
  });

  it("given a group with members or a user with attached policies, then DeleteConflict", () => {
    const s = ok(run(state(), ROOT, "AddUserToGroup", { GroupName: "Devs", UserName: "bob" }));
    expect(err(run(s, ROOT, "DeleteGroup", { GroupName: "Devs" }))).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must remove users from group first.",
    });
    expect(err(run(state(), ROOT, "DeleteUser", { UserName: "admin" }))).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must detach all policies first.",
    });
    const attached = ok(
      run(state(), ROOT, "AttachUserPolicy", {
        UserName: "bob",
        PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/S3Read`,
      }),
    );
    expect(
      err(
        run(attached, ROOT, "DeletePolicy", { PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/S3Read` }),
      ).message,
    ).toBe("Cannot delete a policy attached to entities.");
  });

  it("given 10 groups, when an 11th is joined, then LimitExceeded GroupsPerUser", () => {
    let s = state();
    for (let i = 0; i < 10; i++) {
      s = ok(run(s, ROOT, "CreateGroup", { GroupName: `g${i}` }));
      s = ok(run(s, ROOT, "AddUserToGroup", { GroupName: `g${i}`, UserName: "bob" }));
    }
    expect(err(run(s, ROOT, "AddUserToGroup", { GroupName: "Devs", UserName: "bob" }))).toEqual({
      code: "LimitExceeded",
      message: "Cannot exceed quota for GroupsPerUser: 10",
    });
  });

  it("given 10 attached policies, when an 11th is attached, then LimitExceeded PoliciesPerGroup", () => {
    let s = state();
    for (let i = 0; i < 10; i++) {
      s = ok(run(s, ROOT, "CreatePolicy", { PolicyName: `p${i}`, PolicyDocument: ALLOW_ALL_DOC }));
      s = ok(
        run(s, ROOT, "AttachGroupPolicy", {
          GroupName: "Devs",
          PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/p${i}`,
        }),
      );
    }
    expect(
      err(
        run(s, ROOT, "AttachGroupPolicy", {
          GroupName: "Devs",
          PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
        }),
      ).message,
    ).toBe("Cannot exceed quota for PoliciesPerGroup: 10");
  });

  it("given two access keys, when a third is created, then LimitExceeded AccessKeysPerUser", () => {
    let s = ok(run(state(), ROOT, "CreateAccessKey", { UserName: "bob" }));
    s = ok(run(s, ROOT, "CreateAccessKey", { UserName: "bob" }));
    expect(err(run(s, ROOT, "CreateAccessKey", { UserName: "bob" })).message).toBe(
      "Cannot exceed quota for AccessKeysPerUser: 2",
    );
  });

  it("given five versions, when a sixth is created, then LimitExceeded; versions are v2..v5 and the default moves", () => {
    const arn = `arn:aws:iam::${ACCOUNT}:policy/S3Read`;
    let s = state();
    for (let i = 0; i < 4; i++)
      s = ok(
        run(s, ROOT, "CreatePolicyVersion", {
          PolicyArn: arn,
          PolicyDocument: ALLOW_ALL_DOC,
          SetAsDefault: i === 3,
        }),
      );
    expect(s.accounts[0].policies[0].versions.map((v) => v.id)).toEqual([
      "v1",
      "v2",
      "v3",
      "v4",
      "v5",
    ]);
    expect(s.accounts[0].policies[0].defaultVersion).toBe("v5");
    expect(
      err(run(s, ROOT, "CreatePolicyVersion", { PolicyArn: arn, PolicyDocument: ALLOW_ALL_DOC }))
        .message,
    ).toBe(
      "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
    );
  });

  it("given an AWS managed policy, when it is changed or deleted, then it is refused", () => {
    const arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    expect(
      err(
        run(state(), ROOT, "CreatePolicyVersion", {
          PolicyArn: arn,
          PolicyDocument: ALLOW_ALL_DOC,
        }),
      ).code,
    ).toBe("AccessDenied");
    expect(err(run(state(), ROOT, "DeletePolicy", { PolicyArn: arn })).code).toBe("AccessDenied");
  });

  it("given a malformed document, then MalformedPolicyDocument", () => {
    expect(
      err(
        run(state(), ROOT, "PutUserPolicy", {
          UserName: "bob",
          PolicyName: "p",
          PolicyDocument: "{nope",
        }),
      ),
    ).toEqual({
      code: "MalformedPolicyDocument",
      message: "This policy contains invalid Json",
    });
    const trust = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "ec2.amazonaws.com" },
          Action: "sts:AssumeRole",
          Resource: "*",
        },
      ],
    });
    expect(
      err(run(state(), ROOT, "CreateRole", { RoleName: "R", AssumeRolePolicyDocument: trust }))
        .message,
    ).toBe("Has prohibited field Resource");
  });

  it("given a session longer than the role allows, then AssumeRole refuses with AWS's text", () => {
    expect(
      err(
        run(state(), ADMIN, "AssumeRole", {
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/DeployRole`,
          RoleSessionName: "s",
        }),
      ).message,
    ).toContain("Member must have length greater than or equal to 2");
    expect(
      err(
        run(state(), ADMIN, "AssumeRole", {
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/DeployRole`,
          RoleSessionName: "long",
          DurationSeconds: 7201,
        }),
      ).message,
    ).toBe("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
  });
});
