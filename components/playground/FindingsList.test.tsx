import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FindingsList } from "./FindingsList";
import type { LintFinding } from "@/components/editor/types";

const finding: LintFinding = {
  code: "unknown-action",
  severity: "error",
  message: '"GetObjekt" is not an action of Amazon S3.',
  path: "Statement[0].Action",
  line: 7,
  column: 17,
  offset: 120,
  length: 14,
};

describe("FindingsList", () => {
  it("given findings, when shown, then severity, message, path and place are listed", () => {
    render(<FindingsList findings={[finding]} lintMs={2.4} onGoTo={() => {}} />);
    expect(screen.getByRole("status").textContent).toContain("1 finding.");
    expect(screen.getByRole("status").textContent).toContain("Checked in 2 ms");
    const item = screen.getByRole("listitem");
    expect(item.textContent).toContain("Error");
    expect(item.textContent).toContain("Statement[0].Action");
    expect(item.textContent).toContain("line 7, column 17");
  });

  it("given a finding, when its Go to button is pressed with the keyboard, then onGoTo gets that finding", async () => {
    const onGoTo = vi.fn();
    render(<FindingsList findings={[finding]} lintMs={1} onGoTo={onGoTo} />);
    const button = screen.getByRole("button", { name: "Go to line 7, column 17" });
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(onGoTo).toHaveBeenCalledWith(finding);
    expect(button.getAttribute("aria-describedby")).toBeTruthy();
  });

  it("given no findings yet or none at all, when shown, then the status says so and no list renders", () => {
    const { rerender } = render(<FindingsList findings={null} lintMs={null} onGoTo={() => {}} />);
    expect(screen.getByRole("status").textContent).toBe("Checking…");
    rerender(<FindingsList findings={[]} lintMs={0.4} onGoTo={() => {}} />);
    expect(screen.getByRole("status").textContent).toContain("No problems found.");
    expect(screen.getByRole("status").textContent).toContain("<1 ms");
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("given a lint run still waiting for service details, then the findings say they are busy until the next run", () => {
    const { rerender } = render(
      <FindingsList findings={[finding]} lintMs={1} complete={false} onGoTo={() => {}} />,
    );
    const section = screen.getByTestId("findings");
    expect(section.getAttribute("aria-busy")).toBe("true");
    expect(section.getAttribute("data-complete")).toBe("false");
    rerender(<FindingsList findings={[finding]} lintMs={1} complete onGoTo={() => {}} />);
    expect(section.getAttribute("aria-busy")).toBe("false");
    expect(section.getAttribute("data-complete")).toBe("true");
  });
});
