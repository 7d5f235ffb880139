import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { COURSE, MODULES } from "@/lessons";
import { activityOf, loadCourse } from "@/lib/lessons";
import type { Lesson } from "@/lib/lessons";
import { challengeUrl } from "@/lib/share";
import { axeViolations, formatViolations } from "./axe";
import { BASE_URL, closeBrowser, openSession, screenshot, type Session } from "./browser";
import { clickCheck, DELETES_TOO, openLesson, replaceDocument } from "./lesson";

afterAll(closeBrowser);

const LESSON = "first-identity-policy";

const challenge = COURSE.find((c) => c.id === "fix-bucket-policy")!;

const course = loadCourse(MODULES);
const lessons = course.lessons;
/** The first lesson of each activity (write, fix, predict, classify): one of each task view. */
const oneOfEach = lessons.filter(
  (l, i) => lessons.findIndex((o) => activityOf(o) === activityOf(l)) === i,
);
/** The first lesson of each activity in each module: every task view with each module's content. */
const perModule = course.modules.flatMap((m) =>
  m.lessonIds
    .map((id) => course.lesson(id)!)
    .filter((l, i, all) => all.findIndex((o) => activityOf(o) === activityOf(l)) === i),
);

/**
 * Every route of the app: a short name, its path, and whether it holds a policy editor. In the
 * light theme one lesson of each activity per module; in the dark theme, whose colours are the
 * same for every lesson, one lesson of each activity.
 */
const pages = (all: boolean): [name: string, path: string, editor: boolean][] => [
  ["home", "/", false],
  ["course", "/learn", false],
  ...(all ? perModule : oneOfEach).map((l): [string, string, boolean] => [
    `lesson-${l.id}`,
    `/learn/${l.id}`,
    l.task.kind === "policy",
  ]),
  ["playground", "/playground", true],
  ["challenges", "/challenges", false],
  ["challenge", challengeUrl(challenge.document as Lesson), true],
  ["classroom", "/classroom", false],
  ["404", "/this-page-does-not-exist", false],
];

/**
 * Runs axe (WCAG 2.1 A/AA) and returns a readable report of serious and critical violations, ""
 * when there are none. Monaco's own DOM is scanned too: the one issue it had (a dimmed final line
 * number) is fixed by an editor option, so nothing inside `.monaco-editor` needs excluding.
 */
async function seriousViolations(page: Page, where: string): Promise<string> {
  const violations = await axeViolations(page, { impacts: ["serious", "critical"] });
  return violations.length === 0 ? "" : `--- ${where}\n${formatViolations(violations)}`;
}

/** Waits until the page has rendered its main heading and, when it has one, its editor. */
async function settle(page: Page, editor = false): Promise<void> {
  await page.locator("main h1").first().waitFor({ state: "visible" });
  if (editor)
    await page.locator(".monaco-editor .view-lines").first().waitFor({ state: "visible" });
}

/**
 * The 404 route answers 404 on purpose and Chromium logs that as a console error: forget that one
 * problem (the session is shared by later tests), keeping every other.
 */
function forgetExpected404(s: Session): void {
  const expected = /status of 404 .*this-page-does-not-exist/;
  for (let i = s.problems.length - 1; i >= 0; i--)
    if (expected.test(s.problems[i])) s.problems.splice(i, 1);
}

describe.each(["light", "dark"] as const)("accessibility in the %s theme", (colorScheme) => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ colorScheme });
  });
  afterAll(() => s?.close());

  // One test per page, so a slow page under load never takes the whole scan over its timeout.
  it.each(pages(colorScheme === "light"))(
    "given page %s at 1280 px, then axe finds no serious or critical violation",
    async (name, path, editor) => {
      const { page } = s;
      await page.goto(`${BASE_URL}${path}`);
      await settle(page, editor);
      if (name === "404") forgetExpected404(s);
      const report = await seriousViolations(page, `${name} (${path.slice(0, 40)})`);
      if (colorScheme === "dark") await screenshot(page, `a11y-${name}-dark`);
      expect(report).toBe("");
      s.assertClean();
    },
  );

  it("given a failing lesson with its trace open, then axe finds no serious violation", async () => {
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, DELETES_TOO);
    await clickCheck(page);
    await expect
      .poll(() => page.getByTestId("check-alice-cannot-delete").getAttribute("data-passed"))
      .toBe("false");
    await page.getByTestId("why-alice-cannot-delete").click();
    await page.getByTestId("trace-flow").waitFor({ state: "visible" });
    await page.locator(".monaco-editor .lp-deciding-statement").first().waitFor();
    // Hints and the solution confirmation add content and a modal dialog of their own.
    await page.getByRole("button", { name: "Next hint" }).click();
    const failing = await seriousViolations(page, "lesson, failing, trace open");
    await screenshot(page, `a11y-lesson-failing-${colorScheme}`);

    await page.getByRole("button", { name: "Show solution" }).click();
    await page.locator("dialog[open]").waitFor();
    const solution = await seriousViolations(page, "lesson, solution dialog open");
    await page.keyboard.press("Escape");
    await page.locator("dialog[open]").waitFor({ state: "detached" });
    expect([failing, solution].filter(Boolean).join("\n\n")).toBe("");
    s.assertClean();
  });

  it("given the playground with a request evaluated and explained, then axe finds no serious violation", async () => {
    const { page } = s;
    await page.goto(`${BASE_URL}/playground`);
    await page.locator(".monaco-editor .view-lines").first().waitFor({ state: "visible" });
    await page.getByLabel("Load example").selectOption({ label: "Deny outside eu-west-1 (SCP)" });
    await page.getByTestId("example-load").click();
    await expect
      .poll(() =>
        page
          .getByTestId("req-decision")
          .innerText()
          .catch(() => ""),
      )
      .toContain("Explicit deny");
    await page.getByRole("button", { name: "Why?" }).click();
    await page.getByTestId("trace-flow").waitFor({ state: "visible" });
    const report = await seriousViolations(page, "playground, request evaluated, trace open");
    await screenshot(page, `a11y-playground-evaluated-${colorScheme}`);
    expect(report).toBe("");
    s.assertClean();
  });

  it("given the progress menu's reset dialog open, then axe finds no serious violation", async () => {
    const { page } = s;
    await page.goto(`${BASE_URL}/learn`);
    await page.getByRole("button", { name: "Reset progress" }).click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    const report = await seriousViolations(page, "course, reset dialog open");
    await screenshot(page, `a11y-reset-dialog-${colorScheme}`);
    await page.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(report).toBe("");
    s.assertClean();
  });
});

/** What the test learns about the focused element after one key press. */
interface Focused {
  /** A unique description: tag, accessible text, and its path of child indexes from the root. */
  key: string;
  inEditor: boolean;
  /** Empty when a focus indicator is visible; otherwise why not. */
  problem: string;
}

/**
 * Describes the focused element and checks it shows a focus indicator: it matches
 * `:focus-visible` and has an outline or a box-shadow; an element inside Monaco, or a visually
 * hidden input inside a label, may rely on its nearest framed ancestor (`:focus-within`).
 */
function focusedElement(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const shows = (node: Element) => {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow !== "none" && style.boxShadow !== "");
    };
    const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 50);
    const path: number[] = [];
    for (let n: Element | null = el; n?.parentElement; n = n.parentElement)
      path.unshift([...n.parentElement.children].indexOf(n));
    const key = `${el.tagName.toLowerCase()} "${text}" @${path.join(".")}`;
    const editor = el.closest("[data-testid=policy-editor]");
    const rect = el.getBoundingClientRect();
    // A visually hidden input (the file picker) shows its focus on the label around it.
    const label = el.closest("label");
    const tiny = rect.width < 2 || rect.height < 2;
    let problem = "";
    if (editor) {
      const frame = editor.firstElementChild;
      if (!frame || !shows(frame)) problem = "the editor frame shows no focus ring";
    } else if (!el.matches(":focus-visible")) {
      problem = "does not match :focus-visible";
    } else if (tiny || !shows(el)) {
      if (!label || !shows(label))
        problem = tiny ? `is focusable but invisible (${rect.width}x${rect.height})` : "no ring";
    }
    return { key, inEditor: Boolean(editor), problem };
  });
}

/**
 * Presses `key` until focus leaves the page (back to the body) or wraps around, and returns every
 * element focused on the way. Entering Monaco, it presses Ctrl+M once (Monaco's "Tab moves focus" switch) and
 * fails if Tab still cannot leave the element: that would be a trap. Pass `tabMovesFocus` when
 * Ctrl+M was already pressed (it is a switch: pressing it again would turn it off).
 */
async function walkFocus(
  page: Page,
  key: "Tab" | "Shift+Tab",
  tabMovesFocus = false,
): Promise<Focused[]> {
  const seen: Focused[] = [];
  let switched = tabMovesFocus;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(key);
    const now = await focusedElement(page);
    // Focus left the document, or wrapped around to a stop already seen: the walk is complete.
    if (!now || seen.slice(0, -1).some((f) => f.key === now.key)) return seen;
    const last = seen.at(-1);
    if (last && last.key === now.key) {
      if (now.inEditor && !switched) {
        await page.keyboard.press("Control+M");
        switched = true;
        continue;
      }
      throw new Error(`Focus is trapped on ${now.key} (after ${seen.length} stops)`);
    }
    if (now.inEditor && !switched) {
      await page.keyboard.press("Control+M");
      switched = true;
    }
    seen.push(now);
  }
  throw new Error(`Focus never left the page after 120 presses of ${key}`);
}

describe("keyboard-only use of a lesson", () => {
  it("given a failing lesson with its trace open, when Tab walks the page both ways, then every stop shows focus and nothing traps it", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, DELETES_TOO);
    await clickCheck(page);
    await page.getByTestId("why-alice-cannot-delete").click();
    await page.getByTestId("trace-flow").waitFor({ state: "visible" });
    // Start from the top: focusing the body moves the sequential focus starting point there.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute("tabindex");
    });

    const forward = await walkFocus(page, "Tab");
    const names = forward.map((f) => f.key);
    expect(names[0]).toMatch(/^a "Skip to content"/);
    expect(names.some((n) => n.includes('"Check"'))).toBe(true);
    expect(forward.some((f) => f.inEditor)).toBe(true);
    expect(names.some((n) => /Show in editor/.test(n))).toBe(true);
    expect(names.some((n) => n.includes('"Show solution"'))).toBe(true);
    const hidden = forward.filter((f) => f.problem).map((f) => `${f.key}: ${f.problem}`);
    expect(hidden, hidden.join("\n")).toEqual([]);

    // Backwards, the same stops in reverse order (Ctrl+M stays on, so the editor is one stop).
    const backward = await walkFocus(page, "Shift+Tab", true);
    expect(backward.map((f) => f.key)).toEqual([...names].reverse());
    s.assertClean();
    await s.close();
  });

  it("given the course, playground and challenges pages, when Tab walks them, then every stop shows focus", async () => {
    const s = await openSession({ colorScheme: "dark" });
    const { page } = s;
    const problems: string[] = [];
    for (const path of ["/learn", "/playground", "/challenges"]) {
      await page.goto(`${BASE_URL}${path}`);
      await settle(page, path === "/playground");
      const stops = await walkFocus(page, "Tab");
      expect(stops.length, path).toBeGreaterThan(6);
      for (const f of stops) if (f.problem) problems.push(`${path}: ${f.key}: ${f.problem}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
    s.assertClean();
    await s.close();
  });
});
