import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, openSession, screenshot } from "./browser";

afterAll(closeBrowser);

describe("challenge links", () => {
  it("opens the link that `lessons -- link` prints as a playable challenge", async () => {
    const out = execFileSync(
      "npm",
      ["run", "--silent", "lessons", "--", "link", "lessons/fix-bucket-policy.json"],
      {
        encoding: "utf8",
      },
    );
    const { url } = JSON.parse(out) as { url: string };
    expect(url).toMatch(/^\/challenge#v1\./);
    const s = await openSession();
    await s.page.goto(`${BASE_URL}${url}`);
    await s.page.getByRole("heading", { level: 1, name: "Fix a leaky bucket policy" }).waitFor();
    await s.page.getByRole("list", { name: "Checks" }).waitFor();
    await s.page.locator(".monaco-editor").first().waitFor();
    await screenshot(s.page, "challenge-1280");
    s.assertClean();
    await s.close();
  });

  it("explains a damaged link instead of showing a blank page", async () => {
    const s = await openSession({ width: 375 });
    await s.page.goto(`${BASE_URL}/challenge#v1.AAAA-not-a-challenge`);
    await s.page.getByRole("heading", { name: /cannot be opened/ }).waitFor();
    expect(await s.page.getByTestId("challenge-error").textContent()).not.toBe("");
    await screenshot(s.page, "challenge-damaged-375");
    s.assertClean();
    await s.close();
  });
});
