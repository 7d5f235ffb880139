import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { closeBrowser, screenshot } from "./browser";
import { editorText as editorLinesText, replaceDocument } from "./lesson";
import { openPlayground } from "./playground";

afterAll(closeBrowser);

const MISSPELT =
  '{"Version": "2012-10-17", "Statement": [{"Sid": "ReadReports", "Effect": "Allow", ' +
  '"Action": "s3:GetObjekt", "Resource": "arn:aws:s3:::reports/*"}]}';

/**
 * Replaces the playground editor's text with one line of JSON (Monaco's auto-closing brackets
 * overtype cleanly on one line), then formats it with Shift+Alt+F unless told not to.
 */
async function replaceText(page: Page, text: string, format = true): Promise<void> {
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
  if (format) {
    await page.keyboard.press("Shift+Alt+F");
    await expect.poll(() => page.locator(".monaco-editor .view-line").count()).toBeGreaterThan(5);
  }
}

/**
 * A policy of at least `target` characters, formatted as the editor shows it: statements that
 * each name a misspelt action (s3:PutObjekt) and end with the action "ec2:DescribeInstances".
 */
function largePolicy(target: number): string {
  const statements: unknown[] = [];
  const text = () => JSON.stringify({ Version: "2012-10-17", Statement: statements }, null, 2);
  for (let i = 0; text().length < target; i++) {
    statements.push({
      Sid: `S${i}`,
      Effect: "Allow",
      Resource: [`arn:aws:s3:::bucket${i}/*`],
      Condition: { StringEquals: { "aws:PrincipalTag/team": "x" } },
      Action: ["s3:GetObject", "s3:PutObjekt", "ec2:DescribeInstances"],
    });
  }
  return text();
}

const statementCount = (policy: string) =>
  (JSON.parse(policy) as { Statement: unknown[] }).Statement.length;

/**
 * The longest main-thread task allowed while typing. A blocked main thread shows up as tasks of
 * seconds (handing the same policy to the editor as 6,000 keystrokes in one task takes 7 to 13 s
 * here); a busy 2-core machine stretches Monaco's and React's own per-keystroke work to a few
 * hundred milliseconds at worst. The bound sits between the two.
 */
const LONGEST_TASK_MS = 500;

const editorText = (page: Page) =>
  page
    .locator(".monaco-editor .view-lines")
    .first()
    .innerText()
    .then((t) => t.replace(/\u00a0/g, " "));

describe("editor intelligence", () => {
  it("marks a misspelt action and fixes it with the quick fix", async () => {
    const s = await openPlayground(1280, { lint: true });
    const { page } = s;
    await replaceText(page, MISSPELT);
    const list = page.getByTestId("findings-list");
    await expect
      .poll(() => list.innerText().catch(() => ""), { timeout: 15_000 })
      .toContain("GetObjekt");
    await page.locator(".monaco-editor .squiggly-error").first().waitFor({ timeout: 15_000 });
    // Let the lint settle: a run after S3's details arrive refreshes the markers, and Monaco
    // closes an open quick-fix menu when they change.
    await expect
      .poll(() => page.getByTestId("findings").getAttribute("data-complete"), { timeout: 15_000 })
      .toBe("true");

    // "Go to" puts the cursor on the finding; Ctrl+. opens the quick fixes there
    const item = list.locator("li", { hasText: "GetObjekt" }).first();
    await item.getByRole("button", { name: /Go to/ }).click();
    await page.keyboard.press("Control+.");
    const fix = page.locator(".action-widget").getByText("Change to s3:GetObject").first();
    await fix.waitFor({ timeout: 10_000 });
    // The window only: a full-page capture resizes the page for a moment, and Monaco closes an
    // open menu (or leaves its focus in the editor) when its layout changes.
    await screenshot(page, "editor-quickfix-1280", { fullPage: false });
    // The preferred fix has focus: Enter applies it, as a keyboard user would.
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest(".action-widget"))))
      .toBe(true);
    await page.keyboard.press("Enter");

    await expect.poll(() => editorText(page)).toContain('"s3:GetObject"');
    expect(await editorText(page)).not.toContain("GetObjekt");
    await expect
      .poll(() => page.getByTestId("findings-status").innerText(), { timeout: 15_000 })
      .toContain("No problems found");
    await expect.poll(() => page.locator(".monaco-editor .squiggly-error").count()).toBe(0);
    s.assertClean();
    await s.close();
  });

  it("suggests the actions of a service, with their access level", async () => {
    const s = await openPlayground(1280, { lint: true });
    const { page } = s;
    await replaceText(
      page,
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObj", "Resource": "*"}]}',
      false,
    );
    // put the cursor right after `s3:GetObj`
    const tail = '", "Resource": "*"}]}';
    await page.keyboard.press("Control+End");
    for (let i = 0; i < tail.length; i++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Control+Space");
    const widget = page.locator(".suggest-widget");
    await expect
      .poll(() => widget.innerText().catch(() => ""), { timeout: 15_000 })
      .toContain("s3:GetObject");
    await expect.poll(() => widget.innerText().catch(() => "")).toContain("Read");
    await screenshot(page, "editor-completion-1280");
    await page.keyboard.press("Escape");
    s.assertClean();
    await s.close();
  });

  it("suggests Effect values and service principals in a linted editor", async () => {
    const s = await openPlayground(1280, { lint: true });
    const { page } = s;
    const widget = page.locator(".suggest-widget");
    const suggestAt = async (text: string, tail: string) => {
      await replaceText(page, text, false);
      await page.keyboard.press("Control+End");
      for (let i = 0; i < tail.length; i++) await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("Control+Space");
    };
    // inside the empty Effect value
    const effectTail = '", "Action": "s3:GetObject", "Resource": "*"}]}';
    await suggestAt(
      `{"Version": "2012-10-17", "Statement": [{"Effect": "${effectTail}`,
      effectTail,
    );
    await expect
      .poll(() => widget.innerText().catch(() => ""), { timeout: 15_000 })
      .toContain("Deny");
    await page.keyboard.press("Escape");
    // inside Principal.Service of a trust policy statement
    const serviceTail = '"}, "Action": "sts:AssumeRole"}]}';
    await suggestAt(
      `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2${serviceTail}`,
      serviceTail,
    );
    await expect
      .poll(() => widget.innerText().catch(() => ""), { timeout: 15_000 })
      .toContain("ec2.amazonaws.com");
    await page.keyboard.press("Escape");
    s.assertClean();
    await s.close();
  });

  it("documents an action on hover", async () => {
    const s = await openPlayground(1280, { lint: true });
    const { page } = s;
    await replaceText(page, MISSPELT.replace("s3:GetObjekt", "s3:PutObject"));
    await page
      .locator(".monaco-editor .view-lines span", { hasText: "s3:PutObject" })
      .last()
      .hover();
    const hover = page.locator(".monaco-hover").filter({ hasText: "s3:PutObject" }).first();
    await expect
      .poll(() => hover.innerText().catch(() => ""), { timeout: 15_000 })
      .toContain("Write");
    expect(await hover.innerText()).toContain("Resource types");
    await screenshot(page, "editor-hover-1280");
    s.assertClean();
    await s.close();
  });

  it("lints again on every keystroke and reports how long it took", async () => {
    const s = await openPlayground(1280, { lint: true });
    const { page } = s;
    await replaceText(page, MISSPELT);
    await page.getByTestId("findings-list").waitFor({ timeout: 15_000 });
    await page.getByTestId("findings-list").getByRole("button", { name: /Go to/ }).first().click();
    await page.keyboard.press("End");
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.type(" ");
      await page.waitForTimeout(400);
      times.push(Number(await page.getByTestId("lint-ms").getAttribute("data-ms")));
    }
    console.log(`lint per keystroke in the browser (ms): ${times.join(", ")}`);
    // Speed is a figure to read (printed above), not a timed assertion; what must hold is that
    // every keystroke produced a fresh lint run with a measured time.
    expect(times.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
    s.assertClean();
    await s.close();
  });

  it("lints a 6,000-character policy without blocking typing", async () => {
    const s = await openPlayground(1280, { lint: true });
    const { page } = s;
    const policy = largePolicy(6_000);
    expect(policy.length).toBeGreaterThanOrEqual(6_000);
    // Pasted as one edit, as a learner would bring a policy in: the keyboard's insertText would be
    // handled as 6,000 keystrokes in a single task, a main-thread block of the test's own making.
    await replaceDocument(page, policy);
    const findings = page.getByTestId("findings");
    await expect
      .poll(() => findings.getAttribute("data-complete"), { timeout: 15_000 })
      .toBe("true");
    const list = page.getByTestId("findings-list");
    // One misspelt action per statement: the whole document was linted.
    await expect
      .poll(() => list.locator("li", { hasText: '"PutObjekt"' }).count(), { timeout: 15_000 })
      .toBe(statementCount(policy));

    // Every main-thread task over 50 ms from now on is recorded (buffered: the observer also gets
    // the ones Chromium saw before it was created; only those overlapping the typing count).
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes)).toContain(
      "longtask",
    );
    await page.evaluate(() => {
      const w = window as unknown as { lpLongTasks: { start: number; duration: number }[] };
      w.lpLongTasks = [];
      new PerformanceObserver((entries) => {
        for (const e of entries.getEntries())
          w.lpLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
    });

    // The instrument works: a deliberate 120 ms block before the typing is seen.
    await page.evaluate(() => {
      const t = performance.now();
      while (performance.now() - t < 120);
    });
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { lpLongTasks: { duration: number }[] }).lpLongTasks.some(
            (t) => t.duration >= 120,
          ),
        ),
      )
      .toBe(true);

    // The cursor goes inside the last statement's last action, "ec2:DescribeInstances" (four
    // lines above the end), so every keystroke makes a new misspelt action the lint must report.
    await page.keyboard.press("Control+End");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    const reported = (typed: string) =>
      list
        .innerText()
        .catch(() => "")
        .then((t) => t.includes(`"DescribeInstances${typed}" is not an action`));
    const start = await page.evaluate(() => performance.now());
    // First half: one key at a time, each followed by the lint run it starts (debounced, then
    // linted and reported), so the lint works between keystrokes inside the measured window.
    const stepped = "While";
    for (let i = 1; i <= stepped.length; i++) {
      await page.keyboard.type(stepped[i - 1]);
      await expect.poll(() => reported(stepped.slice(0, i)), { timeout: 15_000 }).toBe(true);
    }
    // Second half: a burst with no pause between keys, while the last run's report is applied.
    const burst = "Linting";
    await page.keyboard.type(burst);
    const typed = stepped + burst;
    await expect.poll(() => reported(typed), { timeout: 15_000 }).toBe(true);
    const end = await page.evaluate(() => performance.now());

    // Every typed character arrived, in order, where it was typed: the lines on screen (the end
    // of the document, where the cursor is) are those of the policy with the action extended.
    const cut = policy.lastIndexOf('ec2:DescribeInstances"') + "ec2:DescribeInstances".length;
    const expected = policy.slice(0, cut) + typed + policy.slice(cut);
    await expect.poll(() => editorLinesText(page)).toContain(`"ec2:DescribeInstances${typed}"`);
    const shown = await editorLinesText(page);
    expect(shown.split("\n").length).toBeGreaterThan(5);
    expect(expected.endsWith(shown), `the editor shows:\n${shown}`).toBe(true);

    const tasks = await page.evaluate(
      () =>
        (window as unknown as { lpLongTasks: { start: number; duration: number }[] }).lpLongTasks,
    );
    const during = tasks.filter((t) => t.start < end && t.start + t.duration > start);
    const longest = Math.max(0, ...during.map((t) => t.duration));
    const badge = page.getByTestId("lint-ms");
    console.log(
      `typing ${typed.length} keys into a ${policy.length}-character policy: ${during.length} ` +
        `main-thread tasks over 50 ms, the longest ${Math.round(longest)} ms (bound ` +
        `${LONGEST_TASK_MS} ms); last lint ${await badge.getAttribute("data-ms")} ms in the ` +
        `${await badge.getAttribute("data-where")}`,
    );
    expect(longest).toBeLessThan(LONGEST_TASK_MS);
    s.assertClean();
    await s.close();
  });

  it("looks right on a phone and a wide screen", async () => {
    for (const width of [375, 1440]) {
      const s = await openPlayground(width, { lint: true });
      await replaceText(s.page, MISSPELT);
      await s.page.getByTestId("findings-list").waitFor({ timeout: 15_000 });
      await screenshot(s.page, `editor-intelligence-${width}`);
      s.assertClean();
      await s.close();
    }
  });
});
