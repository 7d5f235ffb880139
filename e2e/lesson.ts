import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { BASE_URL } from "./browser";

/** The localStorage key the app keeps progress under. */
export const STORAGE_KEY = "least-privilege:progress:v1";

/** The reference solution of the first lesson (first-identity-policy). */
export const FIRST_SOLUTION = JSON.stringify(
  {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ListReports",
        Effect: "Allow",
        Action: "s3:ListBucket",
        Resource: "arn:aws:s3:::reports",
      },
      {
        Sid: "ReadReports",
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::reports/*",
      },
    ],
  },
  null,
  2,
);

/** Builds a one-statement-per-entry identity policy document. */
export function policy(statements: { sid: string; action: string[]; resource: string }[]): string {
  return JSON.stringify(
    {
      Version: "2012-10-17",
      Statement: statements.map((s) => ({
        Sid: s.sid,
        Effect: "Allow",
        Action: s.action,
        Resource: s.resource,
      })),
    },
    null,
    2,
  );
}

/** For the first lesson: allows deleting reports as well as reading them, so it fails "Alice cannot
 * delete a report". */
export const DELETES_TOO = policy([
  { sid: "ListReports", action: ["s3:ListBucket"], resource: "arn:aws:s3:::reports" },
  {
    sid: "ReadAndDelete",
    action: ["s3:GetObject", "s3:DeleteObject"],
    resource: "arn:aws:s3:::reports/*",
  },
]);

/**
 * Opens a lesson and waits until its work area is on screen: for a policy lesson its editor and
 * its checks, for the other kinds the first question.
 */
export async function openLesson(page: Page, lessonId: string): Promise<void> {
  await page.goto(`${BASE_URL}/learn/${lessonId}`);
  const kind = await page.locator("article[data-kind]").getAttribute("data-kind");
  if (kind === "policy") {
    await page.locator(".monaco-editor .view-lines").first().waitFor({ state: "visible" });
    await page.getByTestId("check-list").waitFor({ state: "visible" });
  } else {
    await page.locator("fieldset input[type=radio]").first().waitFor({ state: "visible" });
  }
}

/** The text area of the editor at `index` (0 = first) on the page. */
function editorLines(page: Page, index: number) {
  return page.locator(".monaco-editor .view-lines").nth(index);
}

/**
 * Replaces the whole text of an editor with the keyboard: select all, delete, paste. With `focus`
 * it first clicks the editor at `editor` (0 = the first, 1 = the second answer slot, ...);
 * without, it types into whichever editor has focus. Pasting keeps the text exactly (typing would
 * trigger Monaco's auto-closing and auto-indent).
 */
export async function replaceDocument(
  page: Page,
  text: string,
  focus = true,
  editor = 0,
): Promise<void> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(BASE_URL).origin,
  });
  if (focus) await editorLines(page, editor).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
  await pasted(page, text, editor);
}

/**
 * Waits until the focused editor (else the one at `editor`) shows the end of `text`: the paste's last line is rendered
 * under its own line number (the cursor, and so the view, is at the end after a paste).
 */
async function pasted(page: Page, text: string, editor: number): Promise<void> {
  const lines = text.split("\n");
  const want = { line: lines.length, text: lines[lines.length - 1].replace(/\s+$/, "") };
  await expect
    .poll(
      () =>
        page.evaluate((index) => {
          const root =
            document.activeElement?.closest(".monaco-editor") ??
            document.querySelectorAll(".monaco-editor")[index];
          if (!root) return null;
          const byTop = new Map(
            [...root.querySelectorAll(".view-lines > .view-line")].map((el) => [
              (el as HTMLElement).style.top,
              (el.textContent ?? "").replace(/\u00a0/g, " "),
            ]),
          );
          const numbered = [...root.querySelectorAll(".margin-view-overlays > div")]
            .map((m) => ({
              line: Number(m.querySelector(".line-numbers")?.textContent),
              text: byTop.get((m as HTMLElement).style.top) ?? "",
            }))
            .filter((l) => l.line > 0)
            .sort((a, b) => b.line - a.line);
          return numbered[0] ?? null;
        }, editor),
      { timeout: 15_000 },
    )
    // A wrapped last line shows its first part under the number.
    .toSatisfy(
      (seen: { line: number; text: string } | null) =>
        seen !== null &&
        seen.line === want.line &&
        want.text.startsWith(seen.text.replace(/\s+$/, "")),
    );
}

/** The text shown in the editor at `editor` (0 = first), its rendered lines in order. */
export async function editorText(page: Page, editor = 0): Promise<string> {
  return page.evaluate((index) => {
    const view = document.querySelectorAll(".monaco-editor .view-lines")[index];
    const lines = view ? [...view.querySelectorAll(".view-line")] : [];
    return lines
      .map((l) => ({ top: parseFloat((l as HTMLElement).style.top || "0"), text: l.textContent }))
      .sort((a, b) => a.top - b.top)
      .map((l) => (l.text ?? "").replace(/\u00a0/g, " "))
      .join("\n");
  }, editor);
}

/** The stored progress as parsed JSON (null when nothing is stored). */
export async function storedProgress(page: Page): Promise<unknown> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  }, STORAGE_KEY);
}

/** The saved draft text of one slot, or undefined. */
export async function storedDraft(
  page: Page,
  lessonId: string,
  slotId: string,
): Promise<string | undefined> {
  const progress = (await storedProgress(page)) as {
    lessons?: Record<string, { drafts?: Record<string, { text: string }> }>;
  } | null;
  return progress?.lessons?.[lessonId]?.drafts?.[slotId]?.text;
}

/** Whether keyboard focus is inside a Monaco editor. */
export function focusInEditor(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest(".monaco-editor")));
}

/** Presses Tab until `done` holds (at most `max` presses); returns whether it did. */
export async function tabUntil(
  page: Page,
  done: () => Promise<boolean>,
  max = 60,
  key = "Tab",
): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    if (await done()) return true;
    await page.keyboard.press(key);
  }
  return done();
}

/** The accessible text of the focused element (its text content or aria-label). */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim();
  });
}

/**
 * Saves a tall page as slices of `height` pixels (test-results/screenshots/NAME-partN.png), so
 * each slice can be looked at at its real size.
 */
export async function screenshotSlices(page: Page, name: string, height = 1000): Promise<void> {
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1280;
  const dir = path.resolve(__dirname, "..", "test-results", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir))
    if (old.startsWith(`${name}-part`)) fs.rmSync(path.join(dir, old));
  for (let y = 0, i = 1; y < total; y += height, i++) {
    await page.screenshot({
      path: path.join(dir, `${name}-part${i}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(height, total - y) },
    });
  }
}

/**
 * Elements under `selector` whose content spills out of their box sideways (text running past a
 * border), ignoring boxes meant to scroll. Returns short descriptions for the failure message.
 */
export function spillingElements(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      for (const el of [root, ...root.querySelectorAll("*")] as HTMLElement[]) {
        const style = getComputedStyle(el);
        if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX)) continue;
        if (style.display === "inline" || el.clientWidth === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1)
          out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`);
      }
    }
    return out;
  }, selector);
}

/**
 * Presses "Check" with the mouse once the page has settled: the live checks have graded the
 * latest text (the check list is no longer stale). Until then a parse error or a "not checked
 * yet" row from a half-typed moment can still come and go and move the button under the pointer.
 */
export async function clickCheck(page: Page): Promise<void> {
  const list = page.getByTestId("check-list");
  if ((await list.count()) > 0)
    await expect.poll(() => list.getAttribute("data-stale")).toBe("false");
  await page.getByRole("button", { name: "Check", exact: true }).click();
}
