import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { COURSE } from "@/lessons";
import { validateLesson, type LessonOf } from "@/lib/lessons";
import { closeBrowser, openSession, screenshot } from "./browser";
import { focusedText, openLesson, spillingElements, tabUntil } from "./lesson";

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

function lesson<K extends "predict" | "classify">(id: string, kind: K): LessonOf<K> {
  const v = validateLesson(COURSE.find((e) => e.id === id)?.document);
  if (!v.ok || v.lesson.task.kind !== kind) throw new Error(`${id} is not a ${kind} lesson`);
  return v.lesson as LessonOf<K>;
}

/** The radio group the focused element is in (its fieldset's test id), or "". */
function focusedGroup(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document.activeElement
        ?.closest("fieldset")
        ?.getAttribute("data-testid")
        ?.replace(/^question-/, "") ?? "",
  );
}

/**
 * With focus on a radio group that has no choice yet (the first radio), chooses `index` with the
 * keyboard as a person would: Space for the first, arrow keys for the others (arrows select).
 */
async function chooseByKeyboard(page: Page, index: number): Promise<void> {
  if (index === 0) await page.keyboard.press("Space");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowRight");
}

/** Answers every question in page order by keyboard: `answerOf(id)` is the choice index. */
async function answerAll(page: Page, ids: readonly string[], answerOf: (id: string) => number) {
  for (const [n, id] of ids.entries()) {
    if (n > 0) await page.keyboard.press("Tab");
    await expect.poll(() => focusedGroup(page)).toBe(id);
    await chooseByKeyboard(page, answerOf(id));
    await expect
      .poll(() => page.getByTestId(`question-${id}`).locator("input:checked").count())
      .toBe(1);
  }
}

/** Tabs to "Check" and presses Enter. */
async function checkByKeyboard(page: Page): Promise<void> {
  expect(await tabUntil(page, async () => (await focusedText(page)) === "Check", 10)).toBe(true);
  await page.keyboard.press("Enter");
}

describe("lesson kinds beyond policy writing", () => {
  it("given the classify lesson on a phone, when sorted by keyboard alone, then each duty is explained and the lesson completes", async () => {
    const l = lesson("shared-responsibility", "classify");
    const categories = l.task.categories.map((c) => c.id);
    const items = l.task.items.map((it) => it.id);
    const s = await openSession(PHONE);
    const { page } = s;
    await openLesson(page, l.id);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await tabUntil(page, async () => (await focusedGroup(page)) === items[0], 120)).toBe(
      true,
    );
    // First try: everything is AWS's. The check marks what is wrong and says why.
    await answerAll(page, items, () => 0);
    await checkByKeyboard(page);
    const status = page.getByTestId("check-status");
    await expect.poll(() => status.innerText()).toMatch(/^Checked: \d+ of 12 right\.$/);
    const guestOs = page.getByTestId("question-ec2-guest-os");
    expect(await guestOs.getAttribute("data-passed")).toBe("false");
    expect(await page.getByTestId("result-ec2-guest-os").innerText()).toMatch(
      /^Not AWS: it belongs to Customer\. On EC2 the operating system is yours/,
    );
    expect(await page.getByTestId("question-ec2-datacentre").getAttribute("data-passed")).toBe(
      "true",
    );
    expect(await page.getByTestId("lesson-success").count()).toBe(0);
    expect(await spillingElements(page, '[data-testid="classify-items"]')).toEqual([]);
    await screenshot(page, "classify-checked-phone");

    // Fix each answer by keyboard: back to the first group, arrows move the choice.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await tabUntil(page, async () => (await focusedGroup(page)) === items[0], 120)).toBe(
      true,
    );
    for (const [n, id] of items.entries()) {
      if (n > 0) {
        // Tab leaves the group (and passes its explanation's "Why?" when it has one).
        expect(await tabUntil(page, async () => (await focusedGroup(page)) === id, 4)).toBe(true);
      }
      const want = categories.indexOf(l.task.items[n].answer);
      if (want === 1) await page.keyboard.press("ArrowRight");
      await expect
        .poll(() =>
          page.getByTestId(`question-${id}`).locator("input:checked").getAttribute("value"),
        )
        .toBe(categories[want]);
    }
    // The old verdict no longer stands once an answer changed.
    expect(await status.innerText()).toBe("12 of 12 sorted.");
    await checkByKeyboard(page);
    await expect.poll(() => status.innerText()).toBe("Checked: every item is in the right place.");
    const success = page.getByTestId("lesson-success");
    await success.waitFor({ state: "visible" });
    await expect.poll(() => focusedText(page)).toContain("Lesson complete");
    s.assertClean();
    await s.close();
  });

  it("given the predict lesson on a phone, when answered by keyboard, then a wrong prediction's Why? marks the deciding statement in the read-only policy", async () => {
    const l = lesson("two-groups-predict", "predict");
    const choices = ["Allow", "ExplicitDeny", "ImplicitDeny"];
    const ids = l.task.questions.map((q) => q.id);
    const right = (id: string) =>
      choices.indexOf(l.task.questions.find((q) => q.id === id)!.answer);
    const s = await openSession(PHONE);
    const { page } = s;
    await openLesson(page, l.id);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await tabUntil(page, async () => (await focusedGroup(page)) === ids[0], 160)).toBe(true);
    // Every answer right but one: Maria's upload under prod/ predicted as allowed.
    await answerAll(page, ids, (id) => (id === "maria-uploads-prod" ? 0 : right(id)));
    await checkByKeyboard(page);
    const status = page.getByTestId("check-status");
    await expect
      .poll(() => status.innerText())
      .toBe(`Checked: ${ids.length - 1} of ${ids.length} right.`);
    const wrong = page.getByTestId("question-maria-uploads-prod");
    expect(await wrong.getAttribute("data-passed")).toBe("false");
    expect(await page.getByTestId("result-maria-uploads-prod").innerText()).toMatch(
      /Not Allow: AWS decides ExplicitDeny, explicitly denied by Statement\[1\] \(Sid "HandsOffProduction"\)/,
    );

    // Why? by keyboard: the trace opens with the read-only policy, its deciding statement marked.
    const why = page.getByTestId("why-maria-uploads-prod");
    await why.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("predict-why-maria-uploads-prod");
    await panel.getByTestId("trace-flow").waitFor({ state: "visible" });
    const policy = panel.getByTestId("deciding-policy");
    await policy.locator(".monaco-editor .view-lines").waitFor({ state: "visible" });
    expect(await policy.innerText()).toContain(
      "Inline policy ContractorLimits of group Contractors",
    );
    // The marked lines are exactly the HandsOffProduction statement's.
    const marked = await page.waitForFunction(() => {
      const root = document.querySelector('[data-testid="deciding-policy"]');
      const gutters = root ? [...root.querySelectorAll(".lp-deciding-gutter")] : [];
      if (gutters.length === 0) return null;
      const lines = [...root!.querySelectorAll(".view-line")] as HTMLElement[];
      const tops = new Set(
        gutters.map((g) =>
          Math.round((g.parentElement as HTMLElement).getBoundingClientRect().top),
        ),
      );
      return lines
        .filter((line) => tops.has(Math.round(line.getBoundingClientRect().top)))
        .map((line) => (line.textContent ?? "").replace(/\u00a0/g, " ").trim())
        .join("\n");
    });
    // Lines may wrap on a phone: compare the marked text with its whitespace collapsed.
    const text = ((await marked.jsonValue()) as string).replace(/\s+/g, " ");
    expect(text).toContain('"Sid": "HandsOffProduction"');
    expect(text).toContain('"Effect": "Deny"');
    expect(text).not.toContain("SeeInstances");
    await screenshot(page, "predict-why-phone");

    // Correct the answer (the group is Allow now: two arrows reach ExplicitDeny... one from Allow).
    await page.getByTestId("question-maria-uploads-prod").locator('input[value="Allow"]').focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => status.innerText()).toBe(`${ids.length} of ${ids.length} answered.`);
    await checkByKeyboard(page);
    await expect.poll(() => status.innerText()).toBe("Checked: every answer is right.");
    await page.getByTestId("lesson-success").waitFor({ state: "visible" });
    s.assertClean();
    await s.close();
  });

  it("given the predict lesson on a wide window, when opened, then the scenario's policies are readable beside the questions", async () => {
    const s = await openSession({ width: 1440, height: 900 });
    const { page } = s;
    await openLesson(page, "two-groups-predict");
    const policies = page.getByTestId("scenario-policies");
    expect(await policies.innerText()).toContain(
      "Inline policy ContractorLimits of group Contractors",
    );
    expect(await policies.innerText()).toContain('"Sid": "HandsOffProduction"');
    expect(await spillingElements(page, "article")).toEqual([]);
    await screenshot(page, "predict-wide");
    s.assertClean();
    await s.close();
  });
});
