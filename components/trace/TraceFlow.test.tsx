import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { evaluate, type StatementRef } from "@/lib/iam";
import { TraceFlow } from "./TraceFlow";
import { buildFlow } from "./flow";
import { rangeToHighlight } from "./range";

const policyText = JSON.stringify(
  {
    Version: "2012-10-17",
    Statement: [
      { Sid: "ReadAll", Effect: "Allow", Action: "s3:GetObject", Resource: "*" },
      { Sid: "NoPayroll", Effect: "Deny", Action: "s3:*", Resource: "arn:aws:s3:::payroll/*" },
      {
        Sid: "OnlyFromOffice",
        Effect: "Allow",
        Action: "s3:PutObject",
        Resource: "*",
        Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
      },
    ],
  },
  null,
  2,
);

function decide(resource: string, action = "s3:GetObject") {
  return evaluate({
    request: { principal: "arn:aws:iam::111122223333:user/alice", action, resource },
    identityPolicies: [{ id: "slot:p", label: "inline policy of alice", document: policyText }],
  });
}

describe("buildFlow", () => {
  it("given an explicit deny, when the flow is built, then the deny node names the Deny statement", () => {
    const nodes = buildFlow(decide("arn:aws:s3:::payroll/salaries.csv"));
    expect(nodes.map((n) => n.id)).toEqual([
      "explicit-deny",
      "scp",
      "rcp",
      "resource",
      "identity",
      "boundary",
      "session",
      "decision",
    ]);
    expect(nodes[0]).toMatchObject({ tone: "bad", verdict: "Yes: denied" });
    expect(nodes[0].statements.map((s) => s.sid)).toEqual(["NoPayroll"]);
    expect(nodes.at(-1)).toMatchObject({ verdict: "Explicitly denied" });
    expect(nodes.find((n) => n.id === "scp")?.state).toBe("skipped");
  });

  it("given an allow, when the flow is built, then identity allows and the decision is allowed", () => {
    const nodes = buildFlow(decide("arn:aws:s3:::reports/q1.csv"));
    expect(nodes[0]).toMatchObject({ tone: "ok", statements: [] });
    expect(nodes.find((n) => n.id === "identity")).toMatchObject({
      state: "consulted",
      verdict: "Allows",
    });
    expect(nodes.at(-1)?.statements.map((s) => s.sid)).toEqual(["ReadAll"]);
  });
});

describe("TraceFlow", () => {
  it("given a denied request, when rendered, then each step lists statements and why they did not match", () => {
    render(
      <TraceFlow
        decision={decide("arn:aws:s3:::reports/q1.csv", "s3:PutObject")}
        title="Why: upload"
      />,
    );
    const steps = screen.getByRole("list", { name: "Evaluation steps" });
    const identity = steps.querySelector('[data-node="identity"]') as HTMLElement;
    expect(identity.textContent).toMatch(/No allow/);
    expect(identity.textContent).toMatch(/OnlyFromOffice/);
    expect(identity.textContent).toMatch(/aws:SourceIp/);
    expect(identity.textContent).toMatch(/ReadAll[^]*does not match|does not match[^]*ReadAll/);
    expect(steps.querySelector('[data-node="decision"]')?.textContent).toMatch(/Implicitly denied/);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Why: upload" }));
  });

  it("given statements from an editor, when Show in editor is pressed, then the callback gets the statement", () => {
    const onShow = vi.fn<(ref: StatementRef) => void>();
    render(
      <TraceFlow
        decision={decide("arn:aws:s3:::payroll/x")}
        title="Why"
        canShow={(ref) => ref.policy.id === "slot:p"}
        onShow={onShow}
      />,
    );
    const deny = screen
      .getByRole("list", { name: "Evaluation steps" })
      .querySelector('[data-node="explicit-deny"]') as HTMLElement;
    fireEvent.click(within(deny).getByRole("button", { name: /Show in editor: NoPayroll/ }));
    expect(onShow).toHaveBeenCalledWith(expect.objectContaining({ sid: "NoPayroll" }));
  });

  it("given a close handler, when Escape is pressed inside the panel, then it is called", () => {
    const onClose = vi.fn();
    render(<TraceFlow decision={decide("arn:aws:s3:::r/x")} title="Why" onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole("heading", { name: "Why" }), { key: "Escape" });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("given a close handler, when Close is pressed, then it is called", () => {
    const onClose = vi.fn();
    render(<TraceFlow decision={decide("arn:aws:s3:::r/x")} title="Why" onClose={onClose} />);
    fireEvent.click(screen.getByRole("button", { name: /Close/ }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe("rangeToHighlight", () => {
  it("given a range spanning lines, when converted, then the end line and column are measured", () => {
    const text = 'ab\n  {\n    "x": 1\n  }\nz';
    const offset = text.indexOf("{");
    const length = text.indexOf("}") + 1 - offset;
    expect(rangeToHighlight(text, { offset, length, line: 2, column: 3 })).toEqual({
      startLine: 2,
      startColumn: 3,
      endLine: 4,
      endColumn: 4,
    });
  });
});
