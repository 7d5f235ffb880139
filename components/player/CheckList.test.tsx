import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@/lib/iam";
import type { GradeResult } from "@/lib/lessons";
import { CheckList, gradeSummary, notCheckedReason } from "./CheckList";

const diagnostic = (line: number): Diagnostic => ({
  code: "json-syntax",
  message: "Unexpected end of the document: expected a key in double quotes",
  path: "Statement[0]",
  line,
  column: 3,
  offset: 40,
  length: 1,
});

function brokenGrade(slotId: string, line: number): GradeResult {
  const explanation = `The answer for "${slotId}" cannot be read: a long parser message`;
  return {
    passed: false,
    checks: [
      {
        id: "reads",
        name: "Alice can read",
        passed: false,
        expected: "allow",
        actual: "Error",
        explanation,
        request: "user alice calls s3:GetObject on arn:aws:s3:::reports/a",
      },
    ],
    leastPrivilege: { passed: false, explanation, requestsChecked: 0 },
    parseErrors: { [slotId]: [diagnostic(line)] },
  };
}

const SLOTS = [
  { id: "user", label: "Inline policy of user alice" },
  { id: "bucket", label: "Bucket policy of reports" },
];

describe("CheckList", () => {
  it("given one slot that does not parse, when listed, then every check names the line instead of repeating the parser message", () => {
    render(<CheckList grade={brokenGrade("user", 7)} openCheckId={null} onWhy={() => {}} />);
    const list = screen.getByRole("list", { name: "Checks" });
    expect(list.textContent).not.toContain("long parser message");
    for (const id of ["reads", "least-privilege"]) {
      const row = screen.getByTestId(`check-${id}`);
      expect(row.textContent).toContain("Not checked yet: the policy has an error on line 7.");
      expect(row.dataset.passed).toBe("false");
      expect(row.dataset.pending).toBe("true");
      expect(row.textContent).toContain("Not checked: ");
    }
    expect(screen.queryByRole("button", { name: "Why?" })).toBeNull();
  });

  it("given several slots, when one does not parse, then the reason names that slot", () => {
    const grade = brokenGrade("bucket", 3);
    expect(notCheckedReason(grade, SLOTS)).toBe(
      "Not checked yet: “Bucket policy of reports” has an error on line 3.",
    );
    expect(gradeSummary(grade, SLOTS)).toBe(notCheckedReason(grade, SLOTS));
  });

  it("given answers that parse, when summarised, then it counts the passing checks", () => {
    const grade: GradeResult = { ...brokenGrade("user", 1), parseErrors: {} };
    expect(notCheckedReason(grade)).toBeNull();
    expect(gradeSummary(grade)).toBe("0 of 2 checks pass.");
  });
});
