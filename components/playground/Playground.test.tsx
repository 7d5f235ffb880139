import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Playground } from "./Playground";

vi.mock("@/components/editor/PolicyEditor", () => import("@/components/editor/testing"));

vi.mock("@/components/editor/intelligence/catalogClient", () => ({
  getCatalog: () => new Promise(() => {}),
}));

const result = () => screen.getByTestId("req-result");

async function loadExample(title: string) {
  await userEvent.selectOptions(screen.getByLabelText("Load example"), title);
  await userEvent.click(screen.getByTestId("example-load"));
}

describe("Playground: try a request", () => {
  it("given the sample policy and request, when Evaluate is pressed, then Allow is announced and the deciding statement is highlighted", async () => {
    render(<Playground />);
    expect(result().getAttribute("aria-live")).toBe("polite");
    await userEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    expect(screen.getByTestId("req-decision").textContent).toContain("Allow");
    expect(screen.getByTestId("req-summary").textContent).toMatch(/alice is allowed/);
    const highlight = JSON.parse(screen.getByTestId("editor").dataset.highlight!);
    expect(highlight.startLine).toBe(4);
  });

  it("given the office-IP example, when the source IP changes, then the decision follows without pressing Evaluate again", async () => {
    render(<Playground />);
    await loadExample("Read a bucket from the office IP");
    expect(screen.getByTestId("req-decision").textContent).toContain("Allow");
    expect((screen.getByTestId("editor") as HTMLTextAreaElement).value).toContain("IpAddress");
    fireEvent.change(screen.getByLabelText("Value 1"), { target: { value: "198.51.100.9" } });
    await waitFor(() =>
      expect(screen.getByTestId("req-decision").textContent).toContain("Implicit deny"),
    );
    await waitFor(() => expect(screen.getByTestId("editor").dataset.highlight).toBe(""));
    await userEvent.click(screen.getByRole("button", { name: "Why?" }));
    const trace = screen.getByTestId("trace-flow");
    expect(trace.textContent).toMatch(/aws:SourceIp is "198\.51\.100\.9", but IpAddress/);
    await userEvent.click(within(trace).getByRole("button", { name: /Close/ }));
    expect(screen.queryByTestId("trace-flow")).toBeNull();
  });

  it("given the SCP example, then the explicit deny is shown and its statement highlighted", async () => {
    render(<Playground />);
    await loadExample("Deny outside eu-west-1 (SCP)");
    expect(screen.getByTestId("req-decision").textContent).toContain("Explicit deny");
    expect(screen.getByTestId<HTMLSelectElement>("policy-type").value).toBe("scp");
    expect(screen.getByTestId("req-assumption").textContent).toMatch(/SCP/);
    expect(screen.getByTestId("editor").dataset.highlight).not.toBe("");
  });

  it("given a bad principal and an empty action, when evaluated, then both fields are named and nothing throws", async () => {
    render(<Playground />);
    const principal = screen.getByLabelText("Principal");
    await userEvent.clear(principal);
    await userEvent.type(principal, "alice");
    await userEvent.clear(screen.getByLabelText("Action"));
    await userEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    const problems = screen.getByTestId("req-problems").textContent!;
    expect(problems).toMatch(/Principal "alice"/);
    expect(problems).toMatch(/Action is empty/);
    expect(principal.getAttribute("aria-invalid")).toBe("true");
  });

  it("given an unparseable policy, when evaluated, then the policy is named with its line", async () => {
    render(<Playground />);
    fireEvent.change(screen.getByTestId("editor"), { target: { value: '{"Version": ' } });
    await userEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    expect(screen.getByTestId("req-problems").textContent).toMatch(
      /cannot be evaluated as an identity policy: line 1, column/,
    );
  });

  it("given the trust type is chosen, then the request turns into sts:AssumeRole on a role", async () => {
    render(<Playground />);
    await userEvent.selectOptions(screen.getByTestId("policy-type"), "trust");
    expect(screen.getByLabelText<HTMLInputElement>("Action").value).toBe("sts:AssumeRole");
    expect(screen.getByLabelText<HTMLInputElement>("Resource ARN").value).toMatch(/:role\//);
  });
});
