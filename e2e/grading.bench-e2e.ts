/**
 * Browser benchmark of grading (`npm run bench:browser`): for every lesson of the course, in real
 * Chromium, the longest main-thread task around an edit and the verdict latency (from the edit to
 * the graded checks on screen). Prints a table and JSON; asserts nothing about time.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, it } from "vitest";
import type { Page } from "playwright-core";
import { COURSE } from "@/lessons";
import { loadCourse, solutionAnswer, wrongAnswers, type Answers } from "@/lib/lessons";
import { closeBrowser, openSession } from "./browser";
import { openLesson, replaceDocument } from "./lesson";

afterAll(closeBrowser);

interface Figure {
  lesson: string;
  kind: string;
  edit: string;
  verdictMs: number;
  longestTaskMs: number;
}

const ROUNDS = 3;
const figures: Figure[] = [];

/** Starts recording: long tasks, the last input event and each time the checks settle. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __tasks: { start: number; duration: number }[];
      __input: number;
      __settled: number[];
    };
    w.__tasks = [];
    w.__settled = [];
    w.__input = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: false });
    for (const type of ["paste", "keydown", "input", "click"])
      document.addEventListener(type, () => (w.__input = performance.now()), true);
    const watch = () => {
      const list = document.querySelector('[data-testid="check-list"]');
      const status = document.querySelector('[data-testid="check-status"]');
      new MutationObserver(() => {
        if (list?.getAttribute("data-stale") === "false") w.__settled.push(performance.now());
      }).observe(list ?? document.body, { attributes: true, attributeFilter: ["data-stale"] });
      new MutationObserver(() => {
        if (/^Checked/.test(status?.textContent ?? "")) w.__settled.push(performance.now());
      }).observe(status ?? document.body, { childList: true, characterData: true, subtree: true });
    };
    watch();
  });
  // Calibrate: a deliberate 120 ms task must be seen, or the figures below would mean nothing.
  await page.evaluate(() => {
    const t = performance.now();
    while (performance.now() - t < 120) {
      // busy
    }
  });
  await page.waitForFunction(() =>
    (window as unknown as { __tasks: { duration: number }[] }).__tasks.some(
      (t) => t.duration >= 100,
    ),
  );
}

/** Waits for the verdict after the last input, then reads the figures of that window. */
async function measure(page: Page): Promise<{ verdictMs: number; longestTaskMs: number }> {
  const handle = await page.waitForFunction(
    () => {
      const w = window as unknown as { __settled: number[]; __input: number };
      return w.__settled.find((t) => t > w.__input) ?? null;
    },
    undefined,
    { timeout: 30_000 },
  );
  const settledAt = (await handle.jsonValue()) as number;
  // Give a late task a moment to be reported.
  await page.waitForTimeout(300);
  return page.evaluate((at) => {
    const w = window as unknown as {
      __tasks: { start: number; duration: number }[];
      __input: number;
    };
    const from = w.__input - 50;
    const tasks = w.__tasks.filter((t) => t.start + t.duration >= from && t.start <= at + 250);
    return {
      verdictMs: Math.round(at - w.__input),
      longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    };
  }, settledAt);
}

describe("grading in the browser", () => {
  const course = loadCourse(COURSE);
  for (const lesson of course.lessons) {
    it(`measures ${lesson.id}`, async () => {
      const s = await openSession({ width: 1440 });
      const { page } = s;
      await openLesson(page, lesson.id);
      if (lesson.task.kind === "policy") {
        await page.getByTestId("check-list").waitFor();
        const edits: [string, Answers][] = [
          ["solution", solutionAnswer(lesson) as Answers],
          ...wrongAnswers(lesson)
            .slice(0, 1)
            .map((w) => [w.name, w.answer as Answers] as [string, Answers]),
        ];
        await instrument(page);
        for (let round = 0; round < ROUNDS; round++)
          for (const [name, answers] of edits) {
            for (const [i, slot] of lesson.task.slots.entries())
              await replaceDocument(page, answers[slot.id], true, i);
            figures.push({
              lesson: lesson.id,
              kind: "policy",
              edit: `replace: ${name}`,
              ...(await measure(page)),
            });
          }
      } else {
        await instrument(page);
        const answers = solutionAnswer(lesson) as Answers;
        for (let round = 0; round < ROUNDS; round++) {
          for (const [id, choice] of Object.entries(answers))
            await page.getByTestId(`question-${id}`).locator(`input[value="${choice}"]`).check();
          await page.getByRole("button", { name: "Check", exact: true }).click();
          figures.push({
            lesson: lesson.id,
            kind: lesson.task.kind,
            edit: "Check",
            ...(await measure(page)),
          });
          // Change one answer so the next round checks again.
          const [first] = Object.keys(answers);
          const other = page
            .getByTestId(`question-${first}`)
            .locator("input:not(:checked)")
            .first();
          await other.check();
        }
      }
      await s.close();
    });
  }

  afterAll(() => {
    const rows = figures.map(
      (f) =>
        `${f.lesson.padEnd(24)} ${f.edit.padEnd(28)} verdict ${String(f.verdictMs).padStart(5)} ms  longest task ${String(f.longestTaskMs).padStart(4)} ms`,
    );
    console.log(["", "Grading in Chromium (per edit):", ...rows, ""].join("\n"));
    const out = path.resolve(import.meta.dirname, "..", "test-results", "grading-bench.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(figures, null, 2));
  });
});
