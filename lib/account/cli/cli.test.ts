import { describe, expect, it } from "vitest";
import { ACCOUNT, ADMIN, BOB, ENV, ROOT, scenario } from "../test-fixtures";
import { fromWorld } from "../world";
import { createSession, runCommand, type CliSession } from "./session";
import { tokenize } from "./tokenize";

function session(): CliSession {
  return createSession(fromWorld(scenario()), { arn: ROOT }, ENV, {
    "trust.json": JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
      ],
    }),
  });
}

/** Runs lines in order; returns the last result and the session. */
function sh(lines: string[], as?: string, start = session()) {
  let s = start;
  let last;
  for (const line of lines) {
    last = runCommand(s, line, as ? { arn: as } : undefined);
    s = last.session;
  }
  return last!;
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout);
const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

describe("tokenizer", () => {
  it("given quotes and escapes, then words split like a shell", () => {
    expect(
      tokenize(`aws iam put-user-policy --policy-document '{"a": 1}' --x "b c" d\\ e`),
    ).toEqual({
      ok: true,
      words: [
        "aws",
        "iam",
        "put-user-policy",
        "--policy-document",
        '{"a": 1}',
        "--x",
        "b c",
        "d e",
      ],
    });
    expect(tokenize(`echo "say \\"hi\\"" $HOME`, { HOME: "/root" })).toEqual({
      ok: true,
      words: ["echo", 'say "hi"', "/root"],
    });
    expect(tokenize("aws 'open").ok).toBe(false);
  });
});

describe("parser and usage errors", () => {
  it("given --flag=value, then it is read like --flag value", () => {
    const r = sh(["aws iam create-user --user-name=carol"]);
    expect(r.exitCode).toBe(0);
    expect(json(r).User.UserName).toBe("carol");
  });

  it("given an unknown command, then the usage text with close matches and exit 252", () => {
    const r = sh(["aws iam create-usr --user-name x"]);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain(
      "aws: error: argument operation: Invalid choice, valid choices are:\n\nadd-role-to-instance-profile             | add-user-to-group",
    );
    expect(r.stderr).toContain(
      "Invalid choice: 'create-usr', maybe you meant:\n\n  * create-user\n",
    );
    expect(
      r.stderr.startsWith(
        "\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n",
      ),
    ).toBe(true);
  });

  it("given an unknown service, a missing required flag, an unknown option or an empty name, then exit 252 with the CLI's text", () => {
    expect(sh(["aws nosuch ls"]).stderr).toContain("aws: error: argument command: Invalid choice");
    const missing = sh(["aws iam create-user"]);
    expect([
      missing.exitCode,
      missing.stderr.endsWith("aws: error: the following arguments are required: --user-name\n"),
    ]).toEqual([252, true]);
    const unknown = sh(["aws iam create-user --user-name carol --bogus 1"]);
    expect([unknown.exitCode, unknown.stderr.endsWith("\nUnknown options: --bogus, 1\n")]).toEqual([
      252,
      true,
    ]);
    const empty = sh(['aws iam create-user --user-name ""']);
    expect(empty).toMatchObject({
      exitCode: 252,
      stderr:
        "\nParameter validation failed:\nInvalid length for parameter UserName, value: 0, valid min length: 1\n",
    });
  });

  it("given file:// with no such file, then the CLI's paramfile error and exit 252", () => {
    const r = sh([
      "aws iam put-user-policy --user-name bob --policy-name p --policy-document file://p.json",
    ]);
    expect(r).toMatchObject({
      exitCode: 252,
      stderr:
        "\nError parsing parameter '--policy-document': Unable to load paramfile file://p.json: [Errno 2] No such file or directory: 'p.json'\n",
    });
  });

  it("given something that is not aws, then the shell says command not found, never a crash", () => {
    expect(sh(["ls -la"])).toMatchObject({
      exitCode: 127,
      stderr: "bash: ls: command not found\n",
    });
    expect(sh(["aws"]).exitCode).toBe(252);
    expect(sh(["aws --profile nosuch sts get-caller-identity"])).toMatchObject({
      exitCode: 255,
      stderr: "\nThe config profile (nosuch) could not be found\n",
    });
  });
});

describe("command outputs in the CLI v2 shapes", () => {
  it("sts get-caller-identity prints UserId, Account, Arn with 4-space indent", () => {
    const r = sh(["aws sts get-caller-identity"], BOB);
    expect(r.stdout).toMatch(
      /^\{\n {4}"UserId": "AIDA[A-Z2-7]{17}",\n {4}"Account": "111122223333",\n {4}"Arn": "arn:aws:iam::111122223333:user\/bob"\n\}\n$/,
    );
  });

  it("a refused call prints the classic error line on stderr and exits 254", () => {
    expect(sh(["aws iam create-user --user-name carol"], BOB)).toMatchObject({
      exitCode: 254,
      stdout: "",
      stderr:
        "\nAn error occurred (AccessDenied) when calling the CreateUser operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/carol because no identity-based policy allows the iam:CreateUser action\n",
    });
  });

  it("iam create-user / create-group / create-role / create-policy print their entity shapes", () => {
    const user = json(sh(["aws iam create-user --user-name carol --tags Key=team,Value=dev"]));
    expect(Object.keys(user.User)).toEqual([
      "Path",
      "UserName",
      "UserId",
      "Arn",
      "CreateDate",
      "Tags",
    ]);
    expect(user.User.CreateDate).toMatch(DATE);
    expect(user.User.Tags).toEqual([{ Key: "team", Value: "dev" }]);
    const group = json(sh(["aws iam create-group --group-name Ops"]));
    expect(Object.keys(group.Group)).toEqual(["Path", "GroupName", "GroupId", "Arn", "CreateDate"]);
    expect(group.Group.GroupId).toMatch(/^AGPA/);
    const role = json(
      sh(["aws iam create-role --role-name App --assume-role-policy-document file://trust.json"]),
    );
    expect(Object.keys(role.Role)).toEqual([
      "Path",
      "RoleName",
      "RoleId",
      "Arn",
      "CreateDate",
      "AssumeRolePolicyDocument",
    ]);
    expect(role.Role.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({
      Service: "ec2.amazonaws.com",
    });
    const policy = json(
      sh([
        `aws iam create-policy --policy-name P --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}'`,
      ]),
    );
    expect(Object.keys(policy.Policy)).toEqual([
      "PolicyName",
      "PolicyId",
      "Arn",
      "Path",
      "DefaultVersionId",
      "AttachmentCount",
      "PermissionsBoundaryUsageCount",
      "IsAttachable",
      "CreateDate",
      "UpdateDate",
    ]);
    expect(policy.Policy).toMatchObject({
      Arn: `arn:aws:iam::${ACCOUNT}:policy/P`,
      DefaultVersionId: "v1",
    });
  });

  it("commands without a result print nothing and exit 0", () => {
    for (const line of [
      "aws iam add-user-to-group --group-name Devs --user-name bob",
      "aws iam attach-group-policy --group-name Devs --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess",
      "aws iam attach-user-policy --user-name bob --policy-arn arn:aws:iam::111122223333:policy/S3Read",
      "aws iam attach-role-policy --role-name DeployRole --policy-arn arn:aws:iam::111122223333:policy/S3Read",
      `aws iam put-user-policy --user-name bob --policy-name p --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}'`,
    ])
      expect(sh([line])).toMatchObject({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("login profile, access key, lists and policy versions print their shapes", () => {
    expect(
      json(
        sh([
          "aws iam create-login-profile --user-name bob --password 'S3cure!Passw0rd' --password-reset-required",
        ]),
      ),
    ).toEqual({
      LoginProfile: {
        UserName: "bob",
        CreateDate: expect.stringMatching(DATE),
        PasswordResetRequired: true,
      },
    });
    const key = json(sh(["aws iam create-access-key --user-name bob"])).AccessKey;
    expect(Object.keys(key)).toEqual([
      "UserName",
      "AccessKeyId",
      "Status",
      "SecretAccessKey",
      "CreateDate",
    ]);
    expect(key.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.SecretAccessKey).toHaveLength(40);
    expect(
      json(sh(["aws iam list-users"])).Users.map((u: { UserName: string }) => u.UserName),
    ).toEqual(["admin", "bob", "reader"]);
    expect(json(sh(["aws iam list-groups"])).Groups[0]).toMatchObject({
      GroupName: "Devs",
      Path: "/",
    });
    expect(
      json(
        sh([
          "aws iam attach-group-policy --group-name Devs --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess",
          "aws iam list-attached-group-policies --group-name Devs",
        ]),
      ),
    ).toEqual({
      AttachedPolicies: [
        { PolicyName: "ReadOnlyAccess", PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
      ],
    });
    const version = json(
      sh([
        "aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy/S3Read --version-id v1",
      ]),
    );
    expect(Object.keys(version.PolicyVersion)).toEqual([
      "Document",
      "VersionId",
      "IsDefaultVersion",
      "CreateDate",
    ]);
    expect(version.PolicyVersion.Document.Statement[0].Action).toBe("s3:GetObject");
  });

  it("sts assume-role prints credentials, and exported credentials switch identity", () => {
    const r = sh(
      [
        "aws sts assume-role --role-arn arn:aws:iam::111122223333:role/DeployRole --role-session-name deploy",
      ],
      ADMIN,
    );
    const out = json(r);
    expect(Object.keys(out.Credentials)).toEqual([
      "AccessKeyId",
      "SecretAccessKey",
      "SessionToken",
      "Expiration",
    ]);
    expect(out.AssumedRoleUser).toEqual({
      AssumedRoleId: `${r.session.state.accounts[0].roles[0].id}:deploy`,
      Arn: "arn:aws:sts::111122223333:assumed-role/DeployRole/deploy",
    });
    const who = sh(
      [
        `export AWS_ACCESS_KEY_ID=${out.Credentials.AccessKeyId}`,
        "aws sts get-caller-identity --query Arn --output text",
      ],
      undefined,
      r.session,
    );
    expect(who.stdout).toBe("arn:aws:sts::111122223333:assumed-role/DeployRole/deploy\n");
  });

  it("s3 ls lists buckets and a bucket's prefixes and objects as the CLI aligns them", () => {
    expect(sh(["aws s3 ls"]).stdout).toBe("2026-05-03 09:15:30 demo-bucket\n");
    expect(sh(["aws s3 ls s3://demo-bucket"]).stdout).toBe(
      "                           PRE logs/\n2026-05-03 09:15:30          0 readme.txt\n",
    );
    expect(sh(["aws s3 ls s3://demo-bucket"], BOB).stderr).toBe(
      '\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::demo-bucket" because no identity-based policy allows the s3:ListBucket action\n',
    );
  });

  it("s3api put-bucket-policy then get-bucket-policy returns the policy as a string", () => {
    expect(sh(["aws s3api get-bucket-policy --bucket demo-bucket"]).stderr).toContain(
      "(NoSuchBucketPolicy) when calling the GetBucketPolicy operation: The bucket policy does not exist",
    );
    const doc =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/bob"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::demo-bucket/*"}]}';
    const r = sh([
      `aws s3api put-bucket-policy --bucket demo-bucket --policy '${doc}'`,
      "aws s3api get-bucket-policy --bucket demo-bucket",
    ]);
    expect(json(r)).toEqual({ Policy: doc });
    // The new bucket policy grants bob on its own (same account, user ARN in Principal).
    expect(sh(["aws s3 cp s3://demo-bucket/readme.txt -"], BOB, r.session).exitCode).toBe(0);
  });

  it("ec2 describe-instances and stop-instances print the EC2 shapes; a denial is UnauthorizedOperation", () => {
    const d = json(
      sh(["aws ec2 describe-instances --filters Name=instance-state-name,Values=running"]),
    );
    expect(Object.keys(d.Reservations[0])).toEqual([
      "Groups",
      "Instances",
      "OwnerId",
      "ReservationId",
    ]);
    expect(d.Reservations[0].Instances[0]).toMatchObject({
      InstanceId: "i-0123456789abcdef0",
      State: { Code: 16, Name: "running" },
      Tags: [{ Key: "env", Value: "dev" }],
    });
    const stop = sh(["aws ec2 stop-instances --instance-ids i-0123456789abcdef0"]);
    expect(json(stop)).toEqual({
      StoppingInstances: [
        {
          CurrentState: { Code: 64, Name: "stopping" },
          InstanceId: "i-0123456789abcdef0",
          PreviousState: { Code: 16, Name: "running" },
        },
      ],
    });
    expect(
      json(
        sh(
          ["aws ec2 describe-instances --query Reservations[].Instances[].State.Name"],
          undefined,
          stop.session,
        ),
      ),
    ).toEqual(["stopped"]);
    expect(sh(["aws ec2 stop-instances --instance-ids i-0123456789abcdef0"], BOB).stderr).toMatch(
      /^\nAn error occurred \(UnauthorizedOperation\) when calling the StopInstances operation: You are not authorized to perform this operation\. User: arn:aws:iam::111122223333:user\/bob is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance\/i-0123456789abcdef0 because no identity-based policy allows the ec2:StopInstances action\. Encoded authorization failure message: \S+\n$/,
    );
    expect(sh(["aws ec2 stop-instances --instance-ids i-nope"]).stderr).toContain(
      "(InvalidInstanceID.NotFound) when calling the StopInstances operation: The instance ID 'i-nope' does not exist",
    );
  });

  it("--output text prints tab-separated values as the CLI's text formatter does", () => {
    expect(sh(["aws sts get-caller-identity --output text"], BOB).stdout).toMatch(
      /^111122223333\tarn:aws:iam::111122223333:user\/bob\tAIDA[A-Z2-7]{17}\n$/,
    );
    expect(
      sh([`aws iam list-users --query "Users[?UserName=='bob'].UserName" --output text`]).stdout,
    ).toBe("bob\n");
  });
});
