import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { StoreProvider } from "@/components/store";
import { MemoryStorage } from "@/components/store/testing";
import { LessonPlayer } from "./LessonPlayer";
import { fixtureLesson, SOLUTION_TEXT } from "./fixtures/lesson";

// The browser catalog arrives only when the test says so.
const arrival = vi.hoisted(() => {
  let release: () => void = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  return { ready, release: () => release() };
});
vi.mock("@/lib/iam", async (original) => ({
  ...(await original<typeof import("@/lib/iam")>()),
  loadBrowserCatalog: async () => {
    await arrival.ready;
    return {
      source: { ensureManagedPolicies: async () => {}, getManagedPolicy: () => undefined },
      ensureServices: async () => {},
      service: (prefix: string) =>
        prefix === "s3"
          ? {
              prefix: "s3",
              actions: [["GetObject"], ["PutObject"], ["DeleteObject"], ["ListBucket"]],
            }
          : undefined,
    };
  },
}));
vi.mock("@/components/editor/PolicyEditor", () => import("@/components/editor/testing"));

describe("LessonPlayer while AWS data loads", () => {
  it("given Check is pressed before the catalog arrives, when it arrives, then the check runs and succeeds", async () => {
    const lesson = fixtureLesson();
    render(
      <StoreProvider storage={new MemoryStorage()}>
        <LessonPlayer
          lesson={lesson}
          narrative={<p>Narrative</p>}
          debrief={<p>Debrief text</p>}
          hints={[]}
          next={null}
        />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByRole("textbox", { name: "Inline policy of user alice" }), {
      target: { value: SOLUTION_TEXT },
    });
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(screen.getByTestId("check-status").textContent).toBe("Checking… (loading AWS data)");
    expect(screen.queryByTestId("lesson-success")).toBeNull();

    arrival.release();
    await screen.findByTestId("lesson-success");
    await waitFor(() =>
      expect(screen.getByTestId("check-status").textContent).toBe("Checked: every check passes."),
    );
  });
});
