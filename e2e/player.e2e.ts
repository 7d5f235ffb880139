import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { MODULES } from "@/lessons";
import { loadCourse } from "@/lib/lessons";
import type { Result } from "axe-core";
import { axeResults, formatViolations } from "./axe";
import { BASE_URL, closeBrowser, openSession, screenshot } from "./browser";
import {
  clickCheck,
  DELETES_TOO,
  FIRST_SOLUTION,
  focusInEditor,
  focusedText,
  openLesson,
  policy,
  replaceDocument,
  screenshotSlices,
  spillingElements,
  storedDraft,
  tabUntil,
} from "./lesson";

afterAll(closeBrowser);

const LESSON = "first-identity-policy";
const NEXT = loadCourse(MODULES).next(LESSON)!;

/** Passes the allow checks by allowing every S3 action: over-broad. */
const S3_STAR = policy([
  { sid: "Everything", action: ["s3:*"], resource: "arn:aws:s3:::reports*" },
]);

/** A full-page screenshot, plus slices of narrow pages so they can be read at real size. */
async function shoot(page: Page, name: string, width: number): Promise<void> {
  await screenshot(page, `${name}-${width}`);
  if (width < 600) await screenshotSlices(page, `${name}-${width}`);
}

/**
 * The 1-based line numbers of the statement with this Sid in a formatted policy: from the line
 * of its opening "{" to the line of its closing "}".
 */
function statementLines(text: string, sid: string): number[] {
  const lines = text.split("\n");
  const sidLine = lines.findIndex((l) => l.includes(`"Sid": ${JSON.stringify(sid)}`));
  let first = sidLine;
  while (first > 0 && lines[first].trim() !== "{") first--;
  let depth = 0;
  let last = first;
  for (let i = first; i < lines.length; i++) {
    for (const ch of lines[i]) depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
    if (depth === 0) {
      last = i;
      break;
    }
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i + 1);
}

/** What one rendered editor line shows: its number, text and deciding-statement marks. */
interface RenderedLine {
  line: number;
  text: string;
  gutter: boolean;
  washed: boolean;
}

/** The lines the first editor renders now, read by their vertical position. */
function renderedLines(page: Page): Promise<RenderedLine[]> {
  return page.evaluate(() => {
    const editor = document.querySelector(".monaco-editor")!;
    const top = (el: Element) => (el as HTMLElement).style.top;
    const byTop = (selector: string) =>
      new Map([...editor.querySelectorAll(selector)].map((el) => [top(el), el]));
    const texts = byTop(".view-lines > .view-line");
    const washes = byTop(".view-overlays > div");
    return [...editor.querySelectorAll(".margin-view-overlays > div")].map((margin) => ({
      line: Number(margin.querySelector(".line-numbers")?.textContent),
      text: (texts.get(top(margin))?.textContent ?? "").replace(/\u00a0/g, " "),
      gutter: margin.querySelector(".lp-deciding-gutter") !== null,
      washed: washes.get(top(margin))?.querySelector(".lp-deciding-statement") != null,
    }));
  });
}

/**
 * Reads every line of the first editor (scrolling it from top to bottom with the mouse wheel,
 * as Monaco renders only the lines in view) and returns its text and the lines that carry the
 * deciding-statement gutter mark and wash.
 */
async function decidingMarks(
  page: Page,
  lineCount: number,
): Promise<{ text: string; gutter: number[]; washed: number[] }> {
  const seen = new Map<number, RenderedLine>();
  const lines = async () => {
    const now = await renderedLines(page);
    for (const l of now) seen.set(l.line, l);
    return now.map((l) => l.line);
  };
  await page.locator(".monaco-editor .view-lines").first().hover();
  // Up to the first line, then down to the last, a wheel notch at a time until each is in view.
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, -60);
      return Math.min(...(await lines()));
    })
    .toBe(1);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 60);
      return Math.max(...(await lines()));
    })
    .toBe(lineCount);
  const all = [...seen.values()].sort((a, b) => a.line - b.line);
  expect(all.map((l) => l.line)).toEqual(Array.from({ length: lineCount }, (_, i) => i + 1));
  return {
    text: all.map((l) => l.text).join("\n"),
    gutter: all.filter((l) => l.gutter).map((l) => l.line),
    washed: all.filter((l) => l.washed).map((l) => l.line),
  };
}

describe("lesson player", () => {
  it("given only a keyboard, when the learner writes the solution and checks, then the success screen leads on", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // Tab from the top of the page into the editor.
    expect(await tabUntil(page, () => focusInEditor(page), 80)).toBe(true);
    await replaceDocument(page, FIRST_SOLUTION, false);

    // Ctrl+M makes Tab leave the editor; then Tab to "Check" and press Enter.
    await page.keyboard.press("Control+M");
    expect(await tabUntil(page, async () => (await focusedText(page)) === "Check", 10)).toBe(true);
    await page.keyboard.press("Enter");
    try {
      await expect
        .poll(() => page.getByTestId("check-status").innerText(), { timeout: 15_000 })
        .toBe("Checked: every check passes.");
    } catch (error) {
      // Say what the page held, so a rare failure can be told apart: a text that changed after
      // the Check (the verdict rightly dropped), or a Check that never ran (no attempt counted).
      const draft = await storedDraft(page, LESSON, "alice-policy");
      const attempts = await page.getByText(/^Attempts: \d+$/).allInnerTexts();
      throw new Error(
        `${(error as Error).message}\nattempts shown: ${JSON.stringify(attempts)}; stored draft ${
          draft === FIRST_SOLUTION
            ? "equals the pasted solution"
            : `differs: ${JSON.stringify(draft)}`
        }; focus on ${JSON.stringify(await focusedText(page))}`,
        { cause: error },
      );
    }

    const success = page.getByTestId("lesson-success");
    await success.waitFor({ state: "visible" });
    expect(await success.innerText()).toContain("Lesson complete");
    // The debrief is there, and focus moved to the success heading.
    expect((await success.innerText()).length).toBeGreaterThan(80);
    await expect.poll(() => focusedText(page)).toContain("Lesson complete");

    // Past the debrief's page to read next, the next-lesson link; Enter follows it.
    await page.keyboard.press("Tab");
    expect(await focusedText(page)).toMatch(/\(opens in a new tab\)$/);
    await page.keyboard.press("Tab");
    expect(await focusedText(page)).toBe(`Next lesson: ${NEXT.title}`);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${BASE_URL}/learn/${NEXT.id}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    s.assertClean();
    await s.close();
  });

  it("given a wrong answer, when the learner asks why, then the failing check explains itself and the deciding statement is marked", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, DELETES_TOO);
    await clickCheck(page);

    const row = page.getByTestId("check-alice-cannot-delete");
    await expect
      .poll(() => page.getByTestId("check-alice-reads-report").getAttribute("data-passed"))
      .toBe("true");
    expect(await row.getAttribute("data-passed")).toBe("false");
    const reason = await row.locator("p").nth(1).innerText();
    expect(reason.length).toBeGreaterThan(10);
    expect(reason).not.toContain("\n");
    expect(await page.getByTestId("check-status").innerText()).toMatch(/Checked: \d of \d/);

    await page.getByTestId("why-alice-cannot-delete").click();
    const trace = page.getByTestId("trace-flow");
    await trace.waitFor({ state: "visible" });
    const steps = trace.getByRole("list", { name: "Evaluation steps" });
    const nodes = await steps
      .locator("> li")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-node")));
    expect(nodes).toContain("identity");
    expect(nodes[nodes.length - 1]).toBe("decision");
    expect(await trace.innerText()).toContain("ReadAndDelete");
    expect(await page.getByTestId("why-alice-cannot-delete").getAttribute("aria-expanded")).toBe(
      "true",
    );

    // The statement that allowed the delete is marked in the editor: its lines, from its "{" to
    // its "}", carry the gutter mark and the wash, and no other line does.
    const expected = statementLines(DELETES_TOO, "ReadAndDelete");
    const marks = await decidingMarks(page, DELETES_TOO.split("\n").length);
    expect(marks.text).toBe(DELETES_TOO);
    expect(marks.gutter).toEqual(expected);
    expect(marks.washed).toEqual(expected);
    const markedText = expected.map((n) => DELETES_TOO.split("\n")[n - 1]).join("\n");
    expect(JSON.parse(markedText)).toEqual(
      (JSON.parse(DELETES_TOO) as { Statement: { Sid: string }[] }).Statement.find(
        (st) => st.Sid === "ReadAndDelete",
      ),
    );
    await screenshot(page, "player-failing-trace-1280");

    // "Show in editor" brings the editor (far above the trace) back into view.
    await trace
      .getByRole("button", { name: /^Show in editor\s*: ReadAndDelete/ })
      .first()
      .click();
    const slot = page.getByTestId("slot-alice-policy");
    await expect
      .poll(() => slot.evaluate((el) => el.getBoundingClientRect().top), { timeout: 5_000 })
      .toBeGreaterThanOrEqual(0);
    expect(await slot.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    await expect
      .poll(() => page.locator(".monaco-editor .lp-deciding-statement").count())
      .toBeGreaterThan(0);

    // Close returns to the list, and focus to the "Why?" button that opened it.
    await trace.getByRole("button", { name: /Close/ }).click();
    await trace.waitFor({ state: "detached" });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("why-alice-cannot-delete");

    // From the keyboard: Enter opens it again (focus moves to its heading), Escape closes it.
    await page.keyboard.press("Enter");
    await trace.waitFor();
    await expect.poll(() => focusedText(page)).toBe("Why: Alice cannot delete a report");
    await page.keyboard.press("Escape");
    await trace.waitFor({ state: "detached" });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("why-alice-cannot-delete");
    s.assertClean();
    await s.close();
  });

  it("given s3:*, when graded, then the least-privilege check fails with a concrete counterexample", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, S3_STAR);
    const lp = page.getByTestId("check-least-privilege");
    await expect
      .poll(() => page.getByTestId("check-alice-reads-report").getAttribute("data-passed"))
      .toBe("true");
    expect(await lp.getAttribute("data-passed")).toBe("false");
    const text = await lp.innerText();
    expect(text).toMatch(/s3:[A-Z]\w+/);
    expect(text).toContain("arn:aws:s3:::reports");
    await page.getByTestId("why-least-privilege").click();
    const trace = page.getByTestId("trace-flow");
    await trace.waitFor();
    expect(await trace.innerText()).toContain("Counterexample");
    expect(await trace.innerText()).toContain("Everything");
    s.assertClean();
    await s.close();
  });

  it("given a policy that does not parse, when graded, then the error is shown once and each check says it was not run", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n');
    const row = page.getByTestId("check-alice-reads-report");
    await expect
      .poll(() => row.innerText(), { timeout: 10_000 })
      .toMatch(/Not checked yet: the policy has an error on line \d+/);
    const list = await page.getByTestId("check-list").innerText();
    // The long parser message appears near the editor, not in every check.
    const parseError = await page.getByTestId("parse-error").innerText();
    expect(parseError).toMatch(/^Line \d+, column \d+: /);
    const message = parseError.replace(/^Line \d+, column \d+: /, "");
    expect(list).not.toContain(message);
    s.assertClean();
    await s.close();
  });

  it("reveals hints one at a time and keeps the solution behind a modal confirmation", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    const hints = page.getByTestId("hints").locator("> li");
    const next = page.getByRole("button", { name: "Next hint" });
    expect(await hints.count()).toBe(0);
    await next.click();
    await expect.poll(() => hints.count()).toBe(1);
    await next.click();
    await expect.poll(() => hints.count()).toBe(2);
    // The last one from the keyboard: focus stays on the button, which now says it is done.
    await next.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => hints.count()).toBe(3);
    expect(await next.getAttribute("aria-disabled")).toBe("true");
    expect(await focusedText(page)).toBe("Next hint");
    await page.keyboard.press("Enter");
    expect(await hints.count()).toBe(3);
    expect(await page.getByText("All hints shown.").count()).toBe(1);

    // Cancel with Escape: nothing shown, focus back on the opener.
    const show = page.getByRole("button", { name: "Show solution" });
    await show.click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
    await expect.poll(() => focusedText(page)).toBe("Cancel");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByTestId("solution").count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe("Show solution");

    // Confirm: the solution appears and can be copied into the editor, which then passes.
    await show.click();
    await screenshot(page, "player-solution-dialog-1280");
    await page.getByRole("button", { name: "Yes, show the solution" }).click();
    await page.getByTestId("solution").waitFor();
    expect(await page.getByTestId("solution").innerText()).toContain("s3:GetObject");
    await page.getByRole("button", { name: /Copy into the editor/ }).click();
    await expect
      .poll(() => page.getByTestId("check-status").innerText(), { timeout: 10_000 })
      .toMatch(/^(\d+) of \1 checks pass\.$/);
    s.assertClean();
    await s.close();
  });

  it("plays the trace animation without errors when motion is allowed", async () => {
    const s = await openSession({ reducedMotion: "no-preference" });
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, FIRST_SOLUTION);
    await page.getByTestId("why-alice-reads-report").click();
    const last = page.getByTestId("trace-flow").locator('li[data-node="decision"]');
    await last.waitFor();
    await expect
      .poll(() => last.evaluate((el) => Number(getComputedStyle(el).opacity)), { timeout: 5_000 })
      .toBe(1);
    s.assertClean();
    await s.close();
  });

  it("keeps the trace readable in the dark theme", async () => {
    const s = await openSession({ width: 1440, colorScheme: "dark" });
    const { page } = s;
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
      true,
    );
    await openLesson(page, LESSON);
    await replaceDocument(page, DELETES_TOO);
    await clickCheck(page);
    await expect
      .poll(() => page.getByTestId("check-alice-cannot-delete").getAttribute("data-passed"))
      .toBe("false");
    await page.getByTestId("why-alice-cannot-delete").click();
    const trace = page.getByTestId("trace-flow");
    await trace.locator('li[data-node="decision"]').waitFor();
    await page.locator(".monaco-editor .lp-deciding-statement").first().waitFor();
    // Settled: every step fully drawn (contrast is measured through opacity).
    await expect
      .poll(() =>
        trace
          .locator("li")
          .evaluateAll((els) => els.every((el) => getComputedStyle(el).opacity === "1")),
      )
      .toBe(true);
    await screenshot(page, "lesson-failing-dark-1440");

    // WCAG AA contrast (4.5:1 for text, 3:1 for large text) over the whole trace, by axe.
    const results = await axeResults(page, { include: ['[data-testid="trace-flow"]'] });
    expect(formatViolations(results.violations)).toBe("");
    const contrast = (list: Result[]) => list.find((r) => r.id === "color-contrast")?.nodes ?? [];
    // Nothing it could not decide (text over an image, an overlap): every text was measured...
    expect(formatViolations(results.incomplete.filter((r) => r.id === "color-contrast"))).toBe("");
    // ...and that text is the trace's: the steps, the muted reasons, the statement, the links.
    const measured = contrast(results.passes).map((n) => n.html);
    for (const text of ["Explicit deny", "does not match", "ReadAndDelete", "Show in editor"])
      expect(
        measured.some((html) => html.includes(text)),
        text,
      ).toBe(true);
    s.assertClean();
    await s.close();
  });

  it("looks right on a phone and a wide screen", async () => {
    for (const width of [375, 1440]) {
      const s = await openSession({ width });
      const { page } = s;
      await page.goto(`${BASE_URL}/learn`);
      await page.getByTestId(`lesson-${LESSON}`).waitFor();
      await shoot(page, "learn", width);

      await openLesson(page, LESSON);
      await shoot(page, "lesson-initial", width);
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);

      await replaceDocument(page, DELETES_TOO);
      await clickCheck(page);
      await page.getByTestId("why-alice-cannot-delete").click();
      await page.getByTestId("trace-flow").waitFor();
      await page.locator(".monaco-editor .lp-deciding-statement").first().waitFor();
      await shoot(page, "lesson-failing", width);
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(await spillingElements(page, '[data-testid="check-list"]')).toEqual([]);

      await replaceDocument(page, FIRST_SOLUTION);
      await clickCheck(page);
      await page.getByTestId("lesson-success").waitFor();
      await shoot(page, "lesson-success", width);
      expect(await overflow()).toBeLessThanOrEqual(0);
      s.assertClean();
      await s.close();
    }
  });
});
