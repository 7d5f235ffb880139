import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, openSession, screenshot } from "./browser";
import {
  STORAGE_KEY,
  editorText,
  openLesson,
  policy,
  replaceDocument,
  storedDraft,
  storedProgress,
} from "./lesson";

afterAll(closeBrowser);

const LESSON = "first-identity-policy";
const SLOT = "alice-policy";
const DRAFT = policy([
  { sid: "MyDraftStatement", action: ["s3:ListBucket"], resource: "arn:aws:s3:::reports" },
]);

describe("progress", () => {
  it("given a draft, when the page reloads, then the draft is back in the editor", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, DRAFT);
    await expect.poll(() => storedDraft(page, LESSON, SLOT)).toBe(DRAFT);

    await page.reload();
    await page.locator(".monaco-editor .view-lines").first().waitFor();
    await expect.poll(() => editorText(page)).toContain("MyDraftStatement");
    expect(await storedDraft(page, LESSON, SLOT)).toBe(DRAFT);

    // The home page offers to continue this lesson.
    await page.goto(BASE_URL);
    const card = page.getByTestId("continue-card");
    await expect.poll(() => card.innerText()).toContain("Continue where you left off");
    expect(await card.getByRole("link").getAttribute("href")).toBe(`/learn/${LESSON}`);
    s.assertClean();
    await s.close();
  });

  it("exports progress to a file, resets it, and brings it back by importing the file", async () => {
    const s = await openSession();
    const { page } = s;
    await openLesson(page, LESSON);
    await replaceDocument(page, DRAFT);
    await expect.poll(() => storedDraft(page, LESSON, SLOT)).toBe(DRAFT);

    await page.goto(`${BASE_URL}/learn`);
    await expect
      .poll(() => page.getByTestId(`lesson-${LESSON}`).innerText())
      .toContain("In progress");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export progress" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^least-privilege-progress-.*\.json$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lp-e2e-")), "progress.json");
    await download.saveAs(file);
    const exported = fs.readFileSync(file, "utf8");
    expect(exported).toContain("MyDraftStatement");

    // Reset, behind a confirmation.
    await page.getByRole("button", { name: "Reset progress" }).click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
    await screenshot(page, "progress-reset-dialog-1280");
    await page.getByRole("button", { name: "Yes, reset everything" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect
      .poll(() => page.getByTestId("progress-menu-message").innerText())
      .toContain("Progress reset");
    await expect
      .poll(() => page.getByTestId(`lesson-${LESSON}`).innerText())
      .toContain("Not started");
    await expect.poll(() => storedDraft(page, LESSON, SLOT)).toBeUndefined();

    // The draft is gone: the lesson opens on its starter document.
    await openLesson(page, LESSON);
    await expect.poll(() => editorText(page)).toContain('"Sid": "ReadReports"');
    expect(await editorText(page)).not.toContain("MyDraftStatement");

    // Import the file: the draft is back.
    await page.goto(`${BASE_URL}/learn`);
    await page.getByTestId("import-progress").setInputFiles(file);
    await expect
      .poll(() => page.getByTestId("progress-menu-message").innerText())
      .toMatch(/^Imported progress\.json: 1 lesson merged/);
    await expect.poll(() => storedDraft(page, LESSON, SLOT)).toBe(DRAFT);
    await openLesson(page, LESSON);
    await expect.poll(() => editorText(page)).toContain("MyDraftStatement");
    s.assertClean();
    await s.close();
  });

  it("given two tabs, when one saves a draft or resets, then the other follows without a reload", async () => {
    const s = await openSession();
    const course = s.page;
    await course.goto(`${BASE_URL}/learn`);
    const row = course.getByTestId(`lesson-${LESSON}`);
    await expect.poll(() => row.innerText()).toContain("Not started");

    const lesson = await s.context.newPage();
    await openLesson(lesson, LESSON);
    await replaceDocument(lesson, DRAFT);
    await expect.poll(() => storedDraft(lesson, LESSON, SLOT)).toBe(DRAFT);
    await expect.poll(() => row.innerText()).toContain("In progress");

    await course.bringToFront();
    await course.getByRole("button", { name: "Reset progress" }).click();
    await course.getByRole("button", { name: "Yes, reset everything" }).click();
    await expect.poll(() => editorText(lesson)).not.toContain("MyDraftStatement");
    expect(await editorText(lesson)).toContain('"Sid": "ReadReports"');
    s.assertClean();
    await s.close();
  });

  it("rejects a file that is not exported progress, saying why", async () => {
    const s = await openSession();
    const { page } = s;
    await page.goto(`${BASE_URL}/learn`);
    await page.getByTestId(`lesson-${LESSON}`).waitFor();
    await page.getByTestId("import-progress").setInputFiles({
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"hello": '),
    });
    const message = page.getByTestId("progress-menu-message");
    await expect.poll(() => message.innerText()).toMatch(/^Could not import notes\.json: /);
    expect(await message.getAttribute("role")).toBe("alert");
    s.assertClean();
    await s.close();
  });

  it("given damaged saved data, when a page opens, then it explains and starting fresh works", async () => {
    const s = await openSession();
    const { page } = s;
    await page.goto(`${BASE_URL}/learn`);
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"version": 1, "lessons": '),
      STORAGE_KEY,
    );

    // The lesson page still works and shows the recovery message.
    await openLesson(page, LESSON);
    const notice = page.getByTestId("recovery-notice");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("Your saved progress could not be read.");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Your first identity policy",
    );

    // The course page too; the damaged data can be downloaded before starting fresh.
    await page.goto(`${BASE_URL}/learn`);
    await notice.waitFor();
    await screenshot(page, "progress-recovery-1280");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("The course");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      notice.getByRole("button", { name: "Download the saved data" }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lp-e2e-")), "raw.txt");
    await download.saveAs(file);
    expect(fs.readFileSync(file, "utf8")).toBe('{"version": 1, "lessons": ');

    await notice.getByRole("button", { name: "Start fresh" }).click();
    await notice.waitFor({ state: "detached" });
    await expect
      .poll(() => storedProgress(page))
      .toMatchObject({ version: 2, lessons: {}, lastLessonId: null });

    // Progress is kept again.
    await openLesson(page, LESSON);
    await replaceDocument(page, DRAFT);
    await expect.poll(() => storedDraft(page, LESSON, SLOT)).toBe(DRAFT);
    expect(await page.getByTestId("recovery-notice").count()).toBe(0);
    s.assertClean();
    await s.close();
  });

  it("given data from a newer version, when a page opens, then it keeps that data untouched", async () => {
    const s = await openSession();
    const { page } = s;
    const newer = JSON.stringify({ version: 99, lessons: {}, somethingNew: true });
    await page.goto(`${BASE_URL}/learn`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, newer]);
    await openLesson(page, LESSON);
    const notice = page.getByTestId("recovery-notice");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("newer version");
    await replaceDocument(page, DRAFT);
    await page.waitForTimeout(1000);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
    s.assertClean();
    await s.close();
  });
});
