/**
 * The decision-only fast path (`trace: false`) and the caches behind it must never change a
 * decision: it agrees with the traced run on every table case, a re-used request object is
 * re-read when it changes, and prepared policies with variables serve alternating requests.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, parsePolicy, prepare, type EvaluationInput } from "@/lib/iam";

const here = path.dirname(fileURLToPath(import.meta.url));

function tableInputs(): EvaluationInput[] {
  const dir = path.join(here, "..", "cases");
  const out: EvaluationInput[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")))
    for (const c of JSON.parse(readFileSync(path.join(dir, file), "utf8"))) out.push(c.input);
  return out;
}

const essentials = (input: EvaluationInput, trace: boolean) => {
  try {
    const d = evaluate(input, { trace });
    const { decision, reason, decidedAt, deciding, summary } = d;
    return { decision, reason, decidedAt, deciding, summary };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

describe("decision-only fast path", () => {
  it("given every table case, when evaluated without and with a trace, then decision, reason, deciding statements and summary agree", () => {
    const inputs = tableInputs();
    expect(inputs.length).toBeGreaterThan(500);
    for (const input of inputs) expect(essentials(input, false)).toEqual(essentials(input, true));
  });

  it("given every table case, when a prepared input is evaluated twice, then both decisions equal a fresh evaluation", () => {
    for (const input of tableInputs()) {
      let prepared;
      try {
        prepared = prepare(input);
      } catch {
        continue;
      }
      const fresh = essentials(input, false);
      expect(essentials(prepared as EvaluationInput, false)).toEqual(fresh);
      expect(essentials(prepared as EvaluationInput, false)).toEqual(fresh);
    }
  });

  it("given a request object changed between evaluations, when evaluated again, then the new action is decided", () => {
    const request = {
      principal: "arn:aws:iam::111122223333:user/alice",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::docs/a",
      context: { "aws:SourceIp": "203.0.113.7" },
    };
    const policy = { Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "*" } };
    const input = { request, identityPolicies: [policy] };
    expect(evaluate(input, { trace: false }).decision).toBe("Allow");
    request.action = "s3:PutObject";
    expect(evaluate(input, { trace: false }).decision).toBe("ImplicitDeny");
    request.action = "s3:GetObject";
    request.principal = "arn:aws:iam::444455556666:user/bob";
    expect(evaluate(input, { trace: false }).summary).toContain("User bob");
  });

  it("given a request context changed in place, when evaluated again, then the new values are used", () => {
    const context: Record<string, string | string[]> = { "aws:SourceIp": "203.0.113.7" };
    const input = {
      request: {
        principal: "arn:aws:iam::111122223333:user/alice",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::docs/a",
        context,
      },
      identityPolicies: [
        {
          Statement: {
            Effect: "Allow",
            Action: "s3:GetObject",
            Resource: "*",
            Condition: {
              IpAddress: { "aws:SourceIp": "203.0.113.0/24" },
              "ForAllValues:StringEquals": { "aws:TagKeys": ["env"] },
            },
          },
        },
      ],
    };
    expect(evaluate(input, { trace: false }).decision).toBe("Allow");
    context["aws:SourceIp"] = "192.0.2.1";
    expect(evaluate(input, { trace: false }).decision).toBe("ImplicitDeny");
    context["aws:SourceIp"] = "203.0.113.9";
    context["aws:TagKeys"] = ["env"];
    expect(evaluate(input, { trace: false }).decision).toBe("Allow");
    (context["aws:TagKeys"] as string[]).push("team");
    expect(evaluate(input, { trace: false }).decision).toBe("ImplicitDeny");
  });

  it("given one prepared policy with ${aws:username}, when users alternate, then each is judged on their own prefix", () => {
    const { policy } = parsePolicy({
      Version: "2012-10-17",
      Statement: {
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::home/${aws:username}/*",
        Condition: { StringLike: { "s3:prefix": "${aws:username}/*" } },
      },
    });
    const ask = (user: string, owner: string) =>
      evaluate(
        {
          request: {
            principal: `arn:aws:iam::111122223333:user/${user}`,
            action: "s3:GetObject",
            resource: `arn:aws:s3:::home/${owner}/notes.txt`,
            context: { "s3:prefix": `${owner}/notes.txt` },
          },
          identityPolicies: [policy!],
        },
        { trace: false },
      ).decision;
    for (let round = 0; round < 3; round++) {
      expect(ask("alice", "alice")).toBe("Allow");
      expect(ask("bob", "alice")).toBe("ImplicitDeny");
      expect(ask("bob", "bob")).toBe("Allow");
    }
  });

  it("given a decision, when serialised as JSON, then the summary is included", () => {
    const d = evaluate({
      request: { principal: "anonymous", action: "s3:GetObject", resource: "arn:aws:s3:::b/k" },
    });
    const json = JSON.parse(JSON.stringify(d));
    expect(json.summary).toBe(d.summary);
    expect(json.decision).toBe("ImplicitDeny");
  });
});
