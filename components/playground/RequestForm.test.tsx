import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PolicyType } from "@/lib/iam";
import { RequestForm } from "./RequestForm";
import type { FieldError, PlaygroundRequest } from "./requestInput";

const START: PlaygroundRequest = {
  principal: "",
  action: "",
  resource: "",
  resourceAccount: "",
  context: [],
  callerAllowAll: false,
};

function Harness({
  type = "identity",
  errors = [],
  onEvaluate = () => {},
  spy,
}: {
  type?: PolicyType;
  errors?: FieldError[];
  onEvaluate?: () => void;
  spy?: (r: PlaygroundRequest) => void;
}) {
  const [request, setRequest] = useState(START);
  return (
    <RequestForm
      request={request}
      onChange={(r) => {
        spy?.(r);
        setRequest(r);
      }}
      type={type}
      onEvaluate={onEvaluate}
      errors={errors}
    />
  );
}

/** The text of the elements an element's aria-describedby names. */
const description = (el: HTMLElement) =>
  (el.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ")
    .trim();

const last = (spy: ReturnType<typeof vi.fn>) => spy.mock.calls.at(-1)![0] as PlaygroundRequest;

describe("RequestForm", () => {
  it("given a preset, when chosen, then the principal field holds its ARN", async () => {
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    await userEvent.selectOptions(
      screen.getByLabelText("Preset"),
      "Role session (AppRole/build-42)",
    );
    expect(screen.getByLabelText<HTMLInputElement>("Principal").value).toBe(
      "arn:aws:sts::111122223333:assumed-role/AppRole/build-42",
    );
    expect(last(spy).principal).toMatch(/assumed-role/);
  });

  it("given typed fields, when Enter is pressed in one, then the form evaluates", async () => {
    const onEvaluate = vi.fn();
    const spy = vi.fn();
    render(<Harness onEvaluate={onEvaluate} spy={spy} />);
    await userEvent.type(screen.getByLabelText("Action"), "s3:GetObject");
    await userEvent.type(screen.getByLabelText("Resource ARN"), "arn:aws:s3:::docs/a{Enter}");
    expect(onEvaluate).toHaveBeenCalledTimes(1);
    expect(last(spy)).toMatchObject({ action: "s3:GetObject", resource: "arn:aws:s3:::docs/a" });
  });

  it("given context rows, when added and removed with the keyboard, then the request follows and focus stays in the list", async () => {
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    const add = screen.getByRole("button", { name: "Add context key" });
    add.focus();
    await userEvent.keyboard("{Enter}");
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Key 1")));
    await userEvent.keyboard("aws:TagKeys");
    await userEvent.type(screen.getByLabelText("Value 1"), "env, team");
    await userEvent.click(add);
    await userEvent.type(screen.getByLabelText("Key 2"), "aws:SourceIp");
    expect(last(spy).context.map((r) => [r.key, r.value])).toEqual([
      ["aws:TagKeys", "env, team"],
      ["aws:SourceIp", ""],
    ]);
    screen.getByRole("button", { name: "Remove context key 1 (aws:TagKeys)" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(last(spy).context.map((r) => r.key)).toEqual(["aws:SourceIp"]);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Key 1")));
  });

  it("given field errors, then each is shown beside its field and the field is marked invalid", () => {
    render(
      <Harness
        errors={[
          { field: "principal", message: 'Principal "bob" is not an IAM user…' },
          { field: "action", message: "Action is empty." },
        ]}
      />,
    );
    const principal = screen.getByLabelText("Principal");
    expect(principal.getAttribute("aria-invalid")).toBe("true");
    expect(description(principal)).toBe('Principal "bob" is not an IAM user…');
    expect(description(screen.getByLabelText("Action"))).toBe("Action is empty.");
    expect(screen.getByLabelText("Resource ARN").getAttribute("aria-invalid")).toBeNull();
  });

  it.each([
    ["identity", /only identity policy/, false],
    ["boundary", /permissions boundary.*allows everything/, false],
    ["scp", /only SCP.*allows everything/, false],
    ["resource", /resource's policy/, true],
    ["trust", /trust policy/, true],
  ] as const)(
    "given the %s type, then the assumption line says how the policy is used",
    (type, text, box) => {
      render(<Harness type={type} />);
      expect(screen.getByTestId("req-assumption").textContent).toMatch(text);
      expect(screen.queryByRole("checkbox") !== null).toBe(box);
    },
  );
});
