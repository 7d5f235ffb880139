import { act, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithStore } from "@/components/store/testing";
import { SuccessPanel, type CoursePlace } from "./SuccessPanel";

const place: CoursePlace = {
  module: { title: "Roles", learned: ["You can write a trust policy."], lessonIds: ["r1", "r2"] },
  course: { lessonIds: ["f1", "r1", "r2"], modules: 2 },
};

const mount = renderWithStore;

const panel = (extra: Partial<Parameters<typeof SuccessPanel>[0]> = {}) => (
  <SuccessPanel
    debrief={<p>Well done.</p>}
    next={{ id: "r2", title: "Next one" }}
    place={place}
    onKeepEditing={() => {}}
    {...extra}
  />
);

describe("SuccessPanel", () => {
  it("given a lesson with a page to read next, when shown, then it links to the AWS documentation in a new tab", () => {
    mount(
      panel({ readNext: { title: "Roles terms", url: "https://docs.aws.amazon.com/IAM/x.html" } }),
    );
    const link = screen.getByRole("link", { name: /Roles terms/ });
    expect(link.getAttribute("href")).toBe("https://docs.aws.amazon.com/IAM/x.html");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
  });

  it("given the module is not finished, when shown, then no milestone appears", () => {
    const store = mount(panel());
    act(() => store().getState().completeLesson("r1"));
    expect(screen.queryByTestId("milestone")).toBeNull();
  });

  it("given the last lesson of a module done, when shown, then the module's lessons learned and a text to share appear", () => {
    const store = mount(panel());
    act(() => {
      store().getState().completeLesson("r1");
      store().getState().completeLesson("r2");
    });
    const milestone = screen.getByTestId("milestone");
    expect(within(milestone).getByRole("heading").textContent).toBe("Module complete: Roles");
    expect(within(milestone).getByText("You can write a trust policy.")).toBeTruthy();
    const share = within(milestone).getByRole("textbox", {
      name: "Share it",
    }) as HTMLTextAreaElement;
    expect(share.value).toContain('"Roles" module');
    expect(share.readOnly).toBe(true);
  });

  it("given every lesson of the course done, when shown, then the course milestone replaces the module's", () => {
    const store = mount(panel({ next: null }));
    act(() => {
      for (const id of place.course.lessonIds) store().getState().completeLesson(id);
    });
    const milestone = screen.getByTestId("milestone");
    expect(within(milestone).getByRole("heading").textContent).toBe("Course complete");
    expect((within(milestone).getByRole("textbox") as HTMLTextAreaElement).value).toContain(
      "3 lessons in 2 modules",
    );
    expect(screen.getByText("You finished the last lesson of the course.")).toBeTruthy();
  });

  it("given a copy request without clipboard access, when pressed, then the text is selected instead", async () => {
    const store = mount(panel());
    act(() => {
      store().getState().completeLesson("r1");
      store().getState().completeLesson("r2");
    });
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error("denied")) },
    });
    await act(async () => screen.getByRole("button", { name: "Copy text" }).click());
    expect(await screen.findByText("Select all and copy: the text is selected.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Share it" }));
  });
});
