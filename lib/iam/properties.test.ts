/**
 * Property tests of the evaluator over small, realistic random policies (fast-check).
 *
 * The properties are the algebra every learner relies on: a Deny can only take away, an Allow can
 * only add, and the written form (order, single object vs array, string vs one-element list)
 * never changes a decision.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluate } from "@/lib/iam";
import type { EvaluationInput } from "@/lib/iam";

const ACCOUNT = "111122223333";
const RUNS = { numRuns: 200 };

type Json = Record<string, unknown>;

const actions = [
  "s3:GetObject",
  "s3:PutObject",
  "s3:ListBucket",
  "ec2:RunInstances",
  "iam:CreateUser",
  "sqs:SendMessage",
];
const actionPatterns = [
  ...actions,
  "s3:*",
  "s3:Get*",
  "*",
  "ec2:*",
  "iam:Create*",
  "s3:?etObject",
  "S3:getobject",
];
const resources = [
  "arn:aws:s3:::docs/report.txt",
  "arn:aws:s3:::docs",
  "arn:aws:s3:::logs/app/a.log",
  `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0abc`,
  `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`,
  `arn:aws:iam::${ACCOUNT}:user/eve`,
];
const resourcePatterns = [
  ...resources,
  "*",
  "arn:aws:s3:::docs/*",
  "arn:aws:s3:::*",
  `arn:aws:ec2:*:${ACCOUNT}:instance/*`,
  "arn:aws:s3:::logs/*/a.log",
];
const conditions: Json[] = [
  { StringEquals: { "aws:RequestedRegion": ["eu-west-1", "us-east-1"] } },
  { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
  { Bool: { "aws:SecureTransport": "true" } },
  { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
  { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
  { NotIpAddress: { "aws:SourceIp": ["192.0.2.0/24"] } },
  { "ForAnyValue:StringEquals": { "aws:TagKeys": ["env", "team"] } },
  { "ForAllValues:StringLike": { "aws:TagKeys": ["env*"] } },
  { NumericLessThan: { "s3:max-keys": "100" } },
  { Null: { "aws:TokenIssueTime": "true" } },
  { StringLike: { "s3:prefix": "home/${aws:username}/*" } },
  { StringEqualsIgnoreCase: { "aws:PrincipalTag/team": "BLUE" } },
];
const principals = [
  `arn:aws:iam::${ACCOUNT}:user/alice`,
  `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/alice-session`,
  `arn:aws:iam::${ACCOUNT}:role/Dev`,
];

const oneOrMany = (values: string[]) =>
  fc.oneof(
    fc.constantFrom(...values),
    fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }),
  );

const statementArb = (effect?: "Allow" | "Deny") =>
  fc
    .record({
      Effect: effect ? fc.constant(effect) : fc.constantFrom("Allow", "Deny"),
      actionKey: fc.constantFrom("Action", "Action", "Action", "NotAction"),
      Action: oneOrMany(actionPatterns),
      resourceKey: fc.constantFrom("Resource", "Resource", "Resource", "NotResource"),
      Resource: oneOrMany(resourcePatterns),
      Condition: fc.option(fc.constantFrom(...conditions), { nil: undefined }),
    })
    .map(({ Effect, actionKey, Action, resourceKey, Resource, Condition }) => {
      const statement: Json = { Effect, [actionKey]: Action, [resourceKey]: Resource };
      if (Condition) statement.Condition = Condition;
      return statement;
    });

const policyOf = (statements: Json[]): Json => ({ Version: "2012-10-17", Statement: statements });
const statementsArb = fc.array(statementArb(), { minLength: 0, maxLength: 5 });

const contextArb = fc.record(
  {
    "aws:RequestedRegion": fc.constantFrom("eu-west-1", "us-east-1", "ap-south-1"),
    "aws:SecureTransport": fc.constantFrom("true", "false"),
    "aws:MultiFactorAuthPresent": fc.constantFrom("true", "false"),
    "aws:SourceIp": fc.constantFrom("203.0.113.7", "192.0.2.9", "198.51.100.1"),
    "aws:TagKeys": fc.uniqueArray(fc.constantFrom("env", "team", "owner", "env-x"), {
      maxLength: 3,
    }),
    "s3:max-keys": fc.constantFrom("5", "100", "5000"),
    "s3:prefix": fc.constantFrom("home/alice/a", "home/bob/b", ""),
    "aws:PrincipalTag/team": fc.constantFrom("blue", "Blue", "red"),
  },
  { requiredKeys: [] },
);

const requestArb = fc.record({
  principal: fc.constantFrom(...principals),
  action: fc.constantFrom(...actions),
  resource: fc.constantFrom(...resources),
  context: contextArb,
});

/** A random same-account input: identity policies, and optionally a boundary, session policy, SCPs. */
const inputArb = fc
  .record({
    request: requestArb,
    identity: fc.array(statementsArb, { minLength: 1, maxLength: 3 }),
    boundary: fc.option(statementsArb, { nil: undefined }),
    session: fc.option(statementsArb, { nil: undefined }),
    scp: fc.option(statementsArb, { nil: undefined }),
  })
  .map(({ request, identity, boundary, session, scp }) => {
    const input: EvaluationInput = { request, identityPolicies: identity.map(policyOf) };
    if (boundary) input.permissionsBoundary = policyOf(boundary);
    if (session) input.sessionPolicy = policyOf(session);
    if (scp)
      input.scps = [[policyOf([{ Effect: "Allow", Action: "*", Resource: "*" }])], [policyOf(scp)]];
    return input;
  });

/** The same inputs, biased towards allows: every layer also allows the exact request (denies may still bite). */
const allowBiasedArb = inputArb.map((input) => {
  const exact: Json = {
    Effect: "Allow",
    Action: input.request.action,
    Resource: input.request.resource,
  };
  const everything: Json = { Effect: "Allow", Action: "*", Resource: "*" };
  const withFirst = (policy: Json, statement: Json): Json => ({
    ...policy,
    Statement: [statement, ...(policy.Statement as Json[])],
  });
  const identity = [...(input.identityPolicies as Json[])];
  identity[0] = withFirst(identity[0], exact);
  const biased: EvaluationInput = { ...input, identityPolicies: identity };
  if (input.permissionsBoundary)
    biased.permissionsBoundary = withFirst(input.permissionsBoundary as Json, everything);
  if (input.sessionPolicy)
    biased.sessionPolicy = withFirst(input.sessionPolicy as Json, everything);
  if (input.scps)
    biased.scps = input.scps.map((level) => level.map((p) => withFirst(p as Json, everything)));
  return biased;
});
const mixedInputArb = fc.oneof(inputArb, allowBiasedArb);

const decide = (input: EvaluationInput) => evaluate(input).decision;

/** Adds `statement` as the last statement of identity policy `index` (modulo the count). */
function withIdentityStatement(
  input: EvaluationInput,
  index: number,
  statement: Json,
): EvaluationInput {
  const policies = [...(input.identityPolicies ?? [])] as Json[];
  const target = index % policies.length;
  const policy = policies[target];
  policies[target] = { ...policy, Statement: [...(policy.Statement as Json[]), statement] };
  return { ...input, identityPolicies: policies };
}

describe("IAM evaluator properties", () => {
  it("given any schema-valid input, when evaluated, then it never throws and returns a known decision", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(["Allow", "ExplicitDeny", "ImplicitDeny"]).toContain(decide(input));
      }),
      RUNS,
    );
  });

  it("given any input, when evaluated twice, then the decision and deciding statements are the same", () => {
    fc.assert(
      fc.property(mixedInputArb, (input) => {
        const first = evaluate(input);
        const second = evaluate(structuredClone(input));
        expect(second.decision).toBe(first.decision);
        const refs = (d: typeof first) =>
          d.deciding.map((r) => `${r.policy.inputPath}#${r.statementIndex}`);
        expect(refs(second)).toEqual(refs(first));
      }),
      RUNS,
    );
  });

  it("given a denied request, when a Deny statement is added anywhere in identity, then it stays denied", () => {
    fc.assert(
      fc.property(mixedInputArb, statementArb("Deny"), fc.nat(), (input, extra, index) => {
        fc.pre(decide(input) !== "Allow");
        expect(decide(withIdentityStatement(input, index, extra))).not.toBe("Allow");
      }),
      RUNS,
    );
  });

  it("given any request, when a Deny statement is added to the boundary, then an allow can only be lost", () => {
    fc.assert(
      fc.property(inputArb, statementArb("Deny"), (input, extra) => {
        fc.pre(input.permissionsBoundary !== undefined);
        const before = decide(input);
        const boundary = input.permissionsBoundary as Json;
        const after = decide({
          ...input,
          permissionsBoundary: {
            ...boundary,
            Statement: [...(boundary.Statement as Json[]), extra],
          },
        });
        if (before !== "Allow") expect(after).not.toBe("Allow");
        if (before === "ExplicitDeny") expect(after).toBe("ExplicitDeny");
      }),
      RUNS,
    );
  });

  it("given an allowed request, when an Allow statement is added to identity, then it stays allowed", () => {
    fc.assert(
      fc.property(mixedInputArb, statementArb("Allow"), fc.nat(), (input, extra, index) => {
        fc.pre(decide(input) === "Allow");
        expect(decide(withIdentityStatement(input, index, extra))).toBe("Allow");
      }),
      RUNS,
    );
  });

  it("given an explicit deny, when an Allow statement is added to identity, then it stays an explicit deny", () => {
    fc.assert(
      fc.property(mixedInputArb, statementArb("Allow"), fc.nat(), (input, extra, index) => {
        fc.pre(decide(input) === "ExplicitDeny");
        expect(decide(withIdentityStatement(input, index, extra))).toBe("ExplicitDeny");
      }),
      RUNS,
    );
  });

  it("given any input, when statements and policies are reordered, then the decision is the same", () => {
    const shuffled = mixedInputArb.chain((input) => {
      const policies = input.identityPolicies as Json[];
      const shuffles = policies.map((p) => {
        const statements = p.Statement as Json[];
        return fc.shuffledSubarray(statements, {
          minLength: statements.length,
          maxLength: statements.length,
        });
      });
      return fc.tuple(
        fc.constant(input),
        fc.tuple(...shuffles),
        fc.shuffledSubarray([...policies.keys()], {
          minLength: policies.length,
          maxLength: policies.length,
        }),
      );
    });
    fc.assert(
      fc.property(shuffled, ([input, statementOrders, policyOrder]) => {
        const reordered = policyOrder.map((i) => ({
          ...(input.identityPolicies as Json[])[i],
          Statement: statementOrders[i],
        }));
        expect(decide({ ...input, identityPolicies: reordered })).toBe(decide(input));
      }),
      RUNS,
    );
  });

  it("given one-statement policies, when written as a single object instead of an array, then the decision is the same", () => {
    fc.assert(
      fc.property(requestArb, statementArb(), (request, statement) => {
        const asArray = decide({ request, identityPolicies: [policyOf([statement])] });
        const asObject = decide({
          request,
          identityPolicies: [{ Version: "2012-10-17", Statement: statement }],
        });
        expect(asObject).toBe(asArray);
      }),
      RUNS,
    );
  });

  it("given string-valued elements, when written as one-element arrays, then the decision is the same", () => {
    const single = fc.record({
      Effect: fc.constantFrom("Allow", "Deny"),
      action: fc.constantFrom(...actionPatterns),
      resource: fc.constantFrom(...resourcePatterns),
    });
    fc.assert(
      fc.property(
        requestArb,
        single,
        fc.boolean(),
        (request, { Effect, action, resource }, withAllow) => {
          const base: Json[] = withAllow ? [{ Effect: "Allow", Action: "*", Resource: "*" }] : [];
          const asString = policyOf([...base, { Effect, Action: action, Resource: resource }]);
          const asList = policyOf([...base, { Effect, Action: [action], Resource: [resource] }]);
          expect(decide({ request, identityPolicies: [asList] })).toBe(
            decide({ request, identityPolicies: [asString] }),
          );
        },
      ),
      RUNS,
    );
  });

  it("given a policy object, when given as JSON text instead, then the decision is the same", () => {
    fc.assert(
      fc.property(mixedInputArb, (input) => {
        const asText = (input.identityPolicies as Json[]).map((p) => JSON.stringify(p));
        expect(decide({ ...input, identityPolicies: asText })).toBe(decide(input));
      }),
      RUNS,
    );
  });
});
