import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { closeBrowser, openSession, screenshot } from "./browser";
import {
  clickCheck,
  editorText,
  openLesson,
  replaceDocument,
  screenshotSlices,
  spillingElements,
} from "./lesson";

afterAll(closeBrowser);

/** The lesson with two answer slots: the trust policy (editor 0) and the permissions policy (editor 1). */
const LESSON = "ec2-role-reads-s3";
const TRUST = 0;
const PERMISSIONS = 1;

function trustPolicy(service: string): string {
  return JSON.stringify(
    {
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "ServiceAssumesRole",
          Effect: "Allow",
          Principal: { Service: service },
          Action: "sts:AssumeRole",
        },
      ],
    },
    null,
    2,
  );
}

const PERMISSIONS_SOLUTION = JSON.stringify(
  {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ListAppConfig",
        Effect: "Allow",
        Action: "s3:ListBucket",
        Resource: "arn:aws:s3:::app-config",
      },
      {
        Sid: "ReadAppConfig",
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::app-config/*",
      },
    ],
  },
  null,
  2,
);

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Fills both editors by their index and waits until the live checks have caught up. */
async function fillBoth(page: Page, trust: string): Promise<void> {
  await replaceDocument(page, trust, true, TRUST);
  await replaceDocument(page, PERMISSIONS_SOLUTION, true, PERMISSIONS);
  await expect.poll(() => editorText(page, TRUST)).toContain('"Principal"');
  await expect.poll(() => editorText(page, PERMISSIONS)).toContain('"ReadAppConfig"');
}

describe("lesson player with two answer slots", () => {
  it("given the lesson, when it opens, then it shows one editor per slot, trust policy first", async () => {
    const s = await openSession({ width: 1440 });
    const { page } = s;
    await openLesson(page, LESSON);
    await page.locator(".monaco-editor .view-lines").nth(PERMISSIONS).waitFor();
    expect(await page.locator(".monaco-editor .view-lines").count()).toBe(2);
    expect(await page.getByTestId("slot-trust-policy").locator(".monaco-editor").count()).toBe(1);
    expect(
      await page.getByTestId("slot-permissions-policy").locator(".monaco-editor").count(),
    ).toBe(1);
    await expect.poll(() => editorText(page, PERMISSIONS)).toContain('"Sid": "ReadAppConfig"');
    expect(await editorText(page, TRUST)).not.toContain("ReadAppConfig");
    s.assertClean();
    await s.close();
  });

  it("given both editors hold the solution, when the learner checks, then the success screen shows", async () => {
    for (const width of [1440, 375]) {
      const s = await openSession({ width });
      const { page } = s;
      await openLesson(page, LESSON);
      await fillBoth(page, trustPolicy("ec2.amazonaws.com"));
      // The text went into the right slot: the trust editor has the principal, not the S3 grant
      // (spaces removed, since a narrow editor wraps long strings).
      const trustSlot = (await page.getByTestId("slot-trust-policy").innerText()).replace(
        /\s/g,
        "",
      );
      expect(trustSlot).toContain('"Service":"ec2.amazonaws.com"');
      expect(trustSlot).not.toContain("app-config");
      await expect
        .poll(() => page.getByTestId("check-status").innerText(), { timeout: 15_000 })
        .toMatch(/^(\d+) of \1 checks pass\.$/);
      await screenshot(page, `multislot-solved-${width}`);
      if (width < 600) await screenshotSlices(page, `multislot-solved-${width}`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      await clickCheck(page);
      const success = page.getByTestId("lesson-success");
      await success.waitFor({ state: "visible" });
      expect(await success.innerText()).toContain("Lesson complete");
      await screenshot(page, `multislot-success-${width}`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      s.assertClean();
      await s.close();
    }
  });

  it("given a trust policy for Lambda, when the learner checks, then EC2 cannot assume the role and the row says why", async () => {
    const s = await openSession({ width: 1440 });
    const { page } = s;
    await openLesson(page, LESSON);
    await fillBoth(page, trustPolicy("lambda.amazonaws.com"));
    await clickCheck(page);

    const ec2 = page.getByTestId("check-ec2-assumes-role");
    await expect.poll(() => ec2.getAttribute("data-passed")).toBe("false");
    expect(await ec2.innerText()).toContain("EC2 can assume the role");
    const reason = await ec2.locator("p").nth(1).innerText();
    expect(reason).toMatch(/Expected it to be allowed, but it was implicitly denied/);
    // Lambda is now trusted, and the permissions slot still works on its own.
    expect(await page.getByTestId("check-lambda-cannot-assume").getAttribute("data-passed")).toBe(
      "false",
    );
    expect(await page.getByTestId("check-app-reads-settings").getAttribute("data-passed")).toBe(
      "true",
    );
    expect(await page.getByTestId("check-status").innerText()).toMatch(/Checked: \d of \d/);
    expect(await page.getByTestId("lesson-success").count()).toBe(0);
    expect(await spillingElements(page, '[data-testid="check-list"]')).toEqual([]);
    await screenshot(page, "multislot-wrong-trust-1440");
    s.assertClean();
    await s.close();
  });
});
