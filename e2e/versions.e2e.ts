import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, openSession } from "./browser";
import {
  clickCheck,
  DELETES_TOO,
  editorText,
  FIRST_SOLUTION,
  openLesson,
  replaceDocument,
  STORAGE_KEY,
  storedProgress,
} from "./lesson";

afterAll(closeBrowser);

/**
 * A challenge link made by `lessons -- link lessons/first-identity-policy.json` before the lesson
 * format had kinds (format version 1), kept byte for byte as such links circulate.
 */
const V1_LINK = fs
  .readFileSync(path.join(import.meta.dirname, "fixtures", "v1-challenge-link.txt"), "utf8")
  .trim();

describe("older formats", () => {
  it("given a challenge link of lesson format 1, when opened, then it plays and can be solved", async () => {
    expect(V1_LINK).toMatch(/^\/challenge#v1\./);
    const s = await openSession();
    const { page } = s;
    await page.goto(`${BASE_URL}${V1_LINK}`);
    await page.getByRole("heading", { level: 1, name: "Your first identity policy" }).waitFor();
    await page.locator(".monaco-editor .view-lines").first().waitFor({ state: "visible" });
    await replaceDocument(page, FIRST_SOLUTION);
    await clickCheck(page);
    await expect
      .poll(() => page.getByTestId("check-status").innerText())
      .toBe("Checked: every check passes.");
    await page.getByTestId("lesson-success").waitFor({ state: "visible" });
    s.assertClean();
    await s.close();
  });

  it("given progress saved by format 1, when the course opens, then every draft, attempt and completion is there", async () => {
    const v1 = {
      version: 1,
      lessons: {
        "first-identity-policy": {
          drafts: { "alice-policy": { text: DELETES_TOO, updatedAt: 1_700_000_000_000 } },
          attempts: 3,
          hintsUsed: 1,
          startedAt: 1_699_999_000_000,
        },
        "group-policy": {
          drafts: {},
          attempts: 2,
          hintsUsed: 0,
          startedAt: 1_699_000_000_000,
          completedAt: 1_699_000_500_000,
        },
      },
      lastLessonId: "first-identity-policy",
      updatedAt: 1_700_000_000_000,
    };
    const s = await openSession();
    const { page } = s;
    await page.goto(`${BASE_URL}/learn`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      STORAGE_KEY,
      JSON.stringify(v1),
    ] as const);
    await openLesson(page, "first-identity-policy");
    // The draft is in the editor, the attempts are counted, the hint stays revealed.
    await expect.poll(() => editorText(page)).toContain('"Sid": "ReadAndDelete"');
    expect(await page.getByText("Attempts: 3").count()).toBe(1);
    expect(await page.getByTestId("hints").locator("li").count()).toBe(1);
    // The finished lesson is still finished on the course map.
    await page.goto(`${BASE_URL}/learn`);
    const done = page.locator('a[href="/learn/group-policy"]').locator("xpath=ancestor::li[1]");
    await expect.poll(() => done.innerText()).toMatch(/Completed|Done/i);
    // Once saved again, the stored progress is format 2 with the draft tagged as a policy text.
    await openLesson(page, "first-identity-policy");
    await replaceDocument(page, FIRST_SOLUTION);
    await expect
      .poll(async () => ((await storedProgress(page)) as { version: number }).version)
      .toBe(2);
    const stored = (await storedProgress(page)) as typeof v1 & {
      lessons: Record<string, { drafts: Record<string, { kind: string; text: string }> }>;
    };
    expect(stored.lessons["first-identity-policy"].drafts["alice-policy"]).toMatchObject({
      kind: "policy",
      text: FIRST_SOLUTION,
    });
    expect(stored.lessons["first-identity-policy"].attempts).toBe(3);
    expect(stored.lessons["group-policy"].completedAt).toBe(1_699_000_500_000);
    s.assertClean();
    await s.close();
  });
});
