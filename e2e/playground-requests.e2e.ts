import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, screenshot, type Session } from "./browser";
import { openPlayground } from "./playground";

afterAll(closeBrowser);

const decision = (s: Session) =>
  s.page
    .getByTestId("req-decision")
    .innerText()
    .catch(() => "");

describe("playground: try a request", () => {
  it("loads an example, allows it, then denies it when the source IP changes, explaining the failed condition", async () => {
    const s = await openPlayground();
    const { page } = s;
    await page
      .getByLabel("Load example")
      .selectOption({ label: "Read a bucket from the office IP" });
    await page.getByTestId("example-load").click();
    await expect
      .poll(() => page.locator(".monaco-editor .view-lines").first().innerText())
      .toContain("IpAddress");
    await page.getByRole("button", { name: "Evaluate" }).click();
    await expect.poll(() => decision(s)).toContain("Allow");
    expect(await page.getByTestId("req-summary").innerText()).toMatch(/alice is allowed/);
    // the deciding statement is marked in the editor
    await page.locator(".monaco-editor .lp-deciding-statement").first().waitFor();

    // a keyboard user edits the context value; the result follows after a pause
    const value = page.getByLabel("Value 1");
    await value.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("198.51.100.9");
    await expect.poll(() => decision(s), { timeout: 5_000 }).toContain("Implicit deny");
    // The mark goes in a later frame than the decision text.
    await expect.poll(() => page.locator(".monaco-editor .lp-deciding-statement").count()).toBe(0);

    await page.getByRole("button", { name: "Why?" }).click();
    const trace = page.getByTestId("trace-flow");
    await trace.waitFor();
    await expect
      .poll(() => trace.innerText())
      .toMatch(
        /aws:SourceIp is "198\.51\.100\.9", but IpAddress requires one of "203\.0\.113\.0\/24"/,
      );
    await screenshot(page, "playground-request-deny-1280");
    s.assertClean();
    await s.close();
  });

  it("names the field when the request is invalid", async () => {
    const s = await openPlayground();
    const { page } = s;
    await page.getByLabel("Principal", { exact: true }).fill("alice");
    await page.getByLabel("Principal", { exact: true }).press("Enter");
    const problems = page.getByTestId("req-problems");
    await problems.waitFor();
    expect(await problems.innerText()).toContain('Principal "alice"');
    expect(await page.getByLabel("Principal", { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    s.assertClean();
    await s.close();
  });

  it("looks right on a phone and a wide screen with a result and its trace", async () => {
    for (const width of [375, 1440]) {
      const s = await openPlayground(width);
      const { page } = s;
      await page.getByLabel("Load example").selectOption({ label: "Deny outside eu-west-1 (SCP)" });
      await page.getByTestId("example-load").click();
      await expect.poll(() => decision(s)).toContain("Explicit deny");
      await page.getByRole("button", { name: "Why?" }).click();
      await page.getByTestId("trace-flow").waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `playground-requests-${width}`);
      s.assertClean();
      await s.close();
    }
  });
});
