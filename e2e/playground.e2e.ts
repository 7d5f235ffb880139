import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, openSession, screenshot } from "./browser";

afterAll(closeBrowser);

describe("playground editor", () => {
  it("loads Monaco locally, accepts typing and marks a JSON syntax error", async () => {
    const s = await openSession();
    await s.page.goto(`${BASE_URL}/playground`);
    const editor = s.page.locator(".monaco-editor").first();
    await editor.waitFor({ state: "visible" });
    await s.page.locator(".monaco-editor .view-lines").first().click();
    await s.page.keyboard.press("Control+A");
    await s.page.keyboard.press("Delete");
    await s.page.keyboard.type('{ "Version": "2012-10-17", "Statement": [ }');
    await expect
      .poll(async () => s.page.locator(".monaco-editor .view-lines").first().innerText())
      .toContain("Version");
    // Markers are redrawn as each lint run of the half-typed text settles: poll, do not read once.
    await expect
      .poll(() => s.page.locator(".monaco-editor .squiggly-error").count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await screenshot(s.page, "playground-error-1280");
    s.assertClean();
    await s.close();
  });

  it("lets the keyboard leave the editor with Ctrl+M then Tab", async () => {
    const s = await openSession();
    await s.page.goto(`${BASE_URL}/playground`);
    await s.page.locator(".monaco-editor .view-lines").first().click();
    const inEditor = () =>
      s.page.evaluate(() => Boolean(document.activeElement?.closest(".monaco-editor")));
    expect(await inEditor()).toBe(true);
    await s.page.keyboard.press("Control+M");
    await s.page.keyboard.press("Tab");
    expect(await inEditor()).toBe(false);
    s.assertClean();
    await s.close();
  });

  it("looks right on a phone and a wide screen", async () => {
    for (const width of [375, 1440]) {
      const s = await openSession({ width });
      await s.page.goto(`${BASE_URL}/playground`);
      await s.page.locator(".monaco-editor").first().waitFor();
      await screenshot(s.page, `playground-${width}`);
      s.assertClean();
      await s.close();
    }
  });
});
