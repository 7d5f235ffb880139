import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, openSession, screenshot } from "./browser";

afterAll(closeBrowser);

describe("app shell", () => {
  it("serves every page with the security headers", async () => {
    for (const route of ["/", "/playground", "/no-such-page"]) {
      const res = await fetch(`${BASE_URL}${route}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      console.log(`headers ${route}: ${res.status} CSP="${csp}"`);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("renders the home page and says what the product is", async () => {
    const s = await openSession();
    await s.page.goto(BASE_URL);
    await expect(s.page.title()).resolves.toContain("Least Privilege");
    const heading = s.page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toMatch(/IAM policies/);
    expect(await s.page.getByRole("link", { name: "Start the course" }).count()).toBe(1);
    s.assertClean();
    await s.close();
  });

  it("navigates with the keyboard alone: skip link, then the main navigation", async () => {
    const s = await openSession();
    await s.page.goto(BASE_URL);
    await s.page.keyboard.press("Tab");
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip to content",
    );
    // Tab past the brand link to the first navigation link, then on to Playground.
    const labels: string[] = [];
    for (let i = 0; i < 4; i++) {
      await s.page.keyboard.press("Tab");
      labels.push((await s.page.evaluate(() => document.activeElement?.textContent)) ?? "");
    }
    expect(labels).toEqual(["Least Privilege", "Course", "Playground", "Challenges"]);
    await s.page.keyboard.press("Shift+Tab");
    await s.page.keyboard.press("Enter");
    await s.page.waitForURL(`${BASE_URL}/playground`);
    const current = s.page.locator('nav[aria-label="Main"] a[aria-current="page"]');
    expect(await current.textContent()).toBe("Playground");
    s.assertClean();
    await s.close();
  });

  it("shows a helpful 404 page", async () => {
    const s = await openSession();
    const res = await s.page.goto(`${BASE_URL}/definitely-missing`);
    expect(res?.status()).toBe(404);
    expect(await s.page.getByRole("heading", { level: 1 }).textContent()).toMatch(/does not exist/);
    // the 404 response itself is logged by Chromium as a console error; nothing else may be
    expect(s.problems.filter((p) => !p.includes("404"))).toEqual([]);
    await s.close();
  });

  it("takes screenshots of the key pages at phone and desktop widths", async () => {
    for (const width of [375, 1440]) {
      const s = await openSession({ width, height: 900 });
      for (const [name, route] of [
        ["home", "/"],
        ["challenges", "/challenges"],
      ] as const) {
        await s.page.goto(`${BASE_URL}${route}`);
        await screenshot(s.page, `${name}-${width}`);
      }
      // nothing overflows horizontally on a phone
      const overflow = await s.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      s.assertClean();
      await s.close();
    }
  });
});
