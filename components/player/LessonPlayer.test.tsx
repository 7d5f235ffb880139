import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { catalogFromActions } from "@/lib/lessons";
import { draftText } from "@/lib/progress";
import { StoreProvider, type AppStore } from "@/components/store";
import { GrabStore, MemoryStorage } from "@/components/store/testing";
import { LessonPlayer } from "./LessonPlayer";
import { fixtureLesson, SOLUTION_TEXT, TOO_BROAD_TEXT } from "./fixtures/lesson";

vi.mock("@/components/editor/PolicyEditor", () => import("@/components/editor/testing"));

const deps = {
  catalog: catalogFromActions({
    s3: ["GetObject", "PutObject", "DeleteObject", "ListBucket", "GetObjectTagging"],
  }),
  managedPolicies: new Map(),
};

function renderPlayer() {
  let store!: AppStore;
  const lesson = fixtureLesson();
  render(
    <StoreProvider storage={new MemoryStorage()}>
      <GrabStore onStore={(s) => (store = s)} />
      <LessonPlayer
        lesson={lesson}
        narrative={<p>Narrative here</p>}
        debrief={<p>Debrief text</p>}
        hints={lesson.hints.map((h) => (
          <span key={h}>{h}</span>
        ))}
        next={{ id: "next-lesson", title: "The next one" }}
        gradeDeps={deps}
      />
    </StoreProvider>,
  );
  return { store: () => store, lesson };
}

function editor() {
  return screen.getByRole("textbox", { name: "Inline policy of user alice" });
}

function check(id: string) {
  return screen.getByTestId(`check-${id}`);
}

async function type(text: string) {
  fireEvent.change(editor(), { target: { value: text } });
  await waitFor(() => expect(screen.getByTestId("check-list").dataset.stale).toBe("false"));
}

describe("LessonPlayer", () => {
  it("given the starter policy, when rendered, then the checks list shows what fails and why", async () => {
    renderPlayer();
    const list = await screen.findByRole("list", { name: "Checks" });
    await waitFor(() => expect(list.dataset.stale).toBe("false"));
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(check("alice-reads").dataset.passed).toBe("false");
    expect(check("alice-reads").textContent).toMatch(/Alice can read a report/);
    expect(screen.getByTestId("check-status").textContent).toBe("2 of 3 checks pass.");
  });

  it("given the learner types the solution, when the delay passes, then every check passes live", async () => {
    const { store } = renderPlayer();
    await type(SOLUTION_TEXT);
    expect(check("alice-reads").dataset.passed).toBe("true");
    expect(check("least-privilege").dataset.passed).toBe("true");
    expect(
      draftText(store().getState().progress.lessons["fixture-lesson"].drafts["alice-policy"]),
    ).toBe(SOLUTION_TEXT);
    expect(store().getState().progress.lessons["fixture-lesson"].attempts).toBe(0);
  });

  it("given a passing answer, when Check is pressed, then the attempt counts and success shows the debrief", async () => {
    const { store } = renderPlayer();
    await type(SOLUTION_TEXT);
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    const success = await screen.findByTestId("lesson-success");
    expect(success.textContent).toMatch(/Debrief text/);
    expect(
      within(success).getByRole("link", { name: "Next lesson: The next one" }).getAttribute("href"),
    ).toBe("/learn/next-lesson");
    const lesson = store().getState().progress.lessons["fixture-lesson"];
    expect(lesson.attempts).toBe(1);
    expect(lesson.completedAt).toBeDefined();
    expect(screen.getByTestId("check-status").textContent).toBe("Checked: every check passes.");
  });

  it("given text typed just before Check (the page not yet re-rendered), when Check is pressed, then the verdict is for that text and stands", async () => {
    const { store } = renderPlayer();
    await screen.findByRole("list", { name: "Checks" });
    const button = screen.getByRole("button", { name: "Check" });
    // On a busy machine the keystroke reaches the store and the click arrives before React has
    // rendered the new text: the click runs the handler of the render before the typing.
    act(() => {
      store().getState().saveDraft("fixture-lesson", "alice-policy", SOLUTION_TEXT);
      button.click();
    });
    const status = screen.getByTestId("check-status");
    await waitFor(() => expect(status.textContent).toBe("Checked: every check passes."));
    expect(await screen.findByTestId("lesson-success")).toBeTruthy();
    // A store update that leaves the text alone (a save merged back, progress re-read) keeps it.
    act(() => store().getState().replaceProgress(structuredClone(store().getState().progress)));
    act(() => store().getState().recordAttempt("fixture-lesson"));
    // The live re-check finishing after the Check does not replace the verdict either.
    await waitFor(() => expect(screen.getByTestId("check-list").dataset.stale).toBe("false"));
    expect(status.textContent).toBe("Checked: every check passes.");
    // A real change of the text does.
    await type(TOO_BROAD_TEXT);
    expect(status.textContent).not.toMatch(/^Checked/);
  });

  it("given a failing answer, when Check is pressed, then no success and the status says what passes", async () => {
    const { store } = renderPlayer();
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    await waitFor(() =>
      expect(screen.getByTestId("check-status").textContent).toBe("Checked: 2 of 3 checks pass."),
    );
    expect(screen.queryByTestId("lesson-success")).toBeNull();
    expect(store().getState().progress.lessons["fixture-lesson"].completedAt).toBeUndefined();
  });

  it("given a too-broad answer, when checked, then least privilege fails with a counterexample in words", async () => {
    renderPlayer();
    await type(TOO_BROAD_TEXT);
    expect(check("alice-reads").dataset.passed).toBe("true");
    const lp = check("least-privilege");
    expect(lp.dataset.passed).toBe("false");
    expect(lp.textContent).toMatch(/user alice calls s3:Get\w+ on arn:aws:s3:::reports/);
  });

  it("given a passing check, when Why? is pressed, then the trace opens and the deciding statement is highlighted", async () => {
    renderPlayer();
    await type(SOLUTION_TEXT);
    fireEvent.click(screen.getByTestId("why-alice-reads"));
    const trace = await screen.findByTestId("trace-flow");
    expect(
      within(trace).getByRole("heading", { name: "Why: Alice can read a report" }),
    ).toBeTruthy();
    const steps = within(trace).getByRole("list", { name: "Evaluation steps" });
    expect(steps.querySelector('[data-node="identity"]')?.textContent).toMatch(/Allows/);
    expect(steps.querySelector('[data-node="decision"]')?.textContent).toMatch(/Allowed/);
    const highlight = JSON.parse(editor().dataset.highlight as string);
    expect(highlight).toMatchObject({ startLine: 4, startColumn: 5 });
    expect(highlight.endLine).toBeGreaterThan(highlight.startLine);
    fireEvent.click(within(trace).getByRole("button", { name: /Close/ }));
    expect(screen.queryByTestId("trace-flow")).toBeNull();
    expect(editor().dataset.highlight).toBe("");
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("data-testid")).toMatch(/^why-/),
    );
  });

  it("given broken JSON, when typed, then the parse error shows once and each check points to its line", async () => {
    renderPlayer();
    await type('{ "Version": ');
    const parseError = screen.getByTestId("parse-error").textContent ?? "";
    expect(parseError).toMatch(/^Line 1, column \d+: /);
    expect(check("alice-reads").textContent).toContain(
      "Not checked yet: the policy has an error on line 1.",
    );
    expect(check("alice-reads").dataset.pending).toBe("true");
    const message = parseError.replace(/^Line 1, column \d+: /, "");
    expect(screen.getByTestId("check-list").textContent).not.toContain(message);
    expect(screen.getByTestId("check-status").textContent).toBe(
      "Not checked yet: the policy has an error on line 1.",
    );
    expect(editor().dataset.markers).toBe("1");
  });

  it("given hints, when Next hint is pressed, then they appear one at a time and are remembered", () => {
    const { store } = renderPlayer();
    const hints = screen.getByTestId("hints");
    expect(within(hints).queryAllByRole("listitem")).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "Next hint" }));
    expect(hints.textContent).toMatch(/First hint/);
    expect(hints.textContent).not.toMatch(/Second hint/);
    fireEvent.click(screen.getByRole("button", { name: "Next hint" }));
    expect(within(hints).getAllByRole("listitem")).toHaveLength(2);
    const next = screen.getByRole("button", { name: "Next hint" });
    expect(next.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(next);
    expect(within(hints).getAllByRole("listitem")).toHaveLength(2);
    expect(store().getState().progress.lessons["fixture-lesson"].hintsUsed).toBe(2);
  });

  it("given Show solution, when cancelled, then nothing is shown or recorded", () => {
    const { store } = renderPlayer();
    fireEvent.click(screen.getByRole("button", { name: "Show solution" }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByTestId("solution")).toBeNull();
    expect(store().getState().progress.lessons["fixture-lesson"]?.solutionViewed).toBeUndefined();
  });

  it("given Show solution, when confirmed, then the solution shows, is recorded, and can be copied in", async () => {
    const { store } = renderPlayer();
    fireEvent.click(screen.getByRole("button", { name: "Show solution" }));
    fireEvent.click(screen.getByRole("button", { name: "Yes, show the solution" }));
    const solution = screen.getByTestId("solution");
    expect(solution.textContent).toMatch(/arn:aws:s3:::reports\/\*/);
    expect(store().getState().progress.lessons["fixture-lesson"].solutionViewed).toBe(true);
    act(() =>
      fireEvent.click(within(solution).getByRole("button", { name: /Copy into the editor/ })),
    );
    expect((editor() as HTMLTextAreaElement).value).toBe(SOLUTION_TEXT);
  });

  it("given the scenario, when rendered, then users, groups and resources are described in text", () => {
    renderPlayer();
    const scenario = screen.getByTestId("scenario");
    expect(scenario.textContent).toMatch(/Account 111122223333/);
    expect(scenario.textContent).toMatch(/alice/);
    expect(scenario.textContent).toMatch(/Member of.*Readers/);
    expect(scenario.textContent).toMatch(/S3 bucket reports/);
    expect(scenario.textContent).toMatch(/data=internal/);
    expect(scenario.textContent).toMatch(/You edit: Inline policy of user alice/);
  });
});
