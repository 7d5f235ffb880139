import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { MODULES } from "@/lessons";
import { activityOf, loadCourse, solutionAnswer, type Answers, type Lesson } from "@/lib/lessons";
import { BASE_URL, closeBrowser, openSession, screenshot } from "./browser";
import { clickCheck, openLesson, replaceDocument, STORAGE_KEY } from "./lesson";

afterAll(closeBrowser);

const course = loadCourse(MODULES);

/** One lesson of each activity (write, fix, predict, classify) per module: the first of each. */
const SAMPLE: [string, string, Lesson][] = course.modules.flatMap((m) => {
  const seen = new Set<string>();
  return m.lessonIds.flatMap((id) => {
    const lesson = course.lesson(id)!;
    const activity = activityOf(lesson);
    if (activity === "console" || seen.has(activity)) return [];
    seen.add(activity);
    return [[`${m.title}: ${activity}`, id, lesson] as [string, string, Lesson]];
  });
});

/** Stored progress with these lessons done (the format the app saves). */
function progressDone(ids: readonly string[]): string {
  const lessons = Object.fromEntries(
    ids.map((id) => [id, { drafts: {}, attempts: 1, hintsUsed: 0, startedAt: 1, completedAt: 2 }]),
  );
  return JSON.stringify({ version: 2, lessons, lastLessonId: null, updatedAt: 2 });
}

async function seedProgress(page: Page, ids: readonly string[]): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [STORAGE_KEY, progressDone(ids)],
  );
}

/** Enters the lesson's reference solution through the page and presses Check. */
async function solve(page: Page, lesson: Lesson): Promise<void> {
  const answers = solutionAnswer(lesson) as Answers;
  if (lesson.task.kind === "policy") {
    for (const slot of lesson.task.slots) {
      await page.getByTestId(`slot-${slot.id}`).locator(".monaco-editor .view-lines").click();
      await replaceDocument(page, answers[slot.id], false);
    }
    // Every check, least privilege included, passes live before "Check" is pressed.
    await expect
      .poll(() => page.getByTestId("check-status").innerText(), { timeout: 15_000 })
      .toMatch(/^(\d+) of \1 checks pass\.$/);
  } else {
    for (const [question, choice] of Object.entries(answers))
      await page.getByTestId(`question-${question}`).locator(`input[value="${choice}"]`).check();
  }
  await clickCheck(page);
  await page.getByTestId("lesson-success").waitFor();
}

describe("the course", () => {
  it("given a newcomer on the home page, when they press the one button, then the first lesson opens", async () => {
    const s = await openSession();
    const { page } = s;
    await page.goto(`${BASE_URL}/`);
    await page.getByRole("link", { name: "Start the course" }).click();
    await page.waitForURL(`${BASE_URL}/learn/${course.lessons[0].id}`);
    await page.getByRole("heading", { level: 1, name: course.lessons[0].title }).waitFor();
    s.assertClean();
    await s.close();
  });

  it("given some lessons done, when the course map opens, then it shows the eight modules with their progress and suggests the next lesson", async () => {
    for (const width of [375, 1440]) {
      const s = await openSession({ width });
      const { page } = s;
      const first = course.modules[0];
      await seedProgress(page, first.lessonIds.slice(0, 1));
      await page.goto(`${BASE_URL}/learn`);
      const nav = page.getByRole("navigation", { name: "Modules" });
      await expect.poll(() => nav.innerText()).toContain(`1 of ${first.lessonIds.length}`);
      expect(await page.locator("section[data-testid^=module-]").count()).toBe(8);
      for (const m of course.modules)
        expect(await page.getByTestId(`module-${m.id}`).innerText()).toContain(m.intro);
      const next = page.getByTestId("course-next");
      expect(await next.innerText()).toContain(course.lesson(first.lessonIds[1])!.title);
      expect(await page.getByTestId("course-progress").innerText()).toMatch(
        new RegExp(`1 of ${course.lessons.length} done, about .* left\\.$`),
      );
      await screenshot(page, `course-map-${width}`);
      // Any lesson can be started from the map.
      const last = course.lessons[course.lessons.length - 1];
      await page.getByRole("link", { name: last.title, exact: true }).click();
      await page.waitForURL(`${BASE_URL}/learn/${last.id}`);
      s.assertClean();
      await s.close();
    }
  });

  it("given the other lessons of a module done, when its last is solved, then the module's lessons learned and a text to share appear", async () => {
    const s = await openSession();
    const { page } = s;
    const m = course.modules[0];
    await seedProgress(page, m.lessonIds.slice(1));
    const lesson = course.lesson(m.lessonIds[0])!;
    await openLesson(page, lesson.id);
    await solve(page, lesson);
    const milestone = page.getByTestId("milestone");
    await milestone.waitFor();
    expect(await milestone.getByRole("heading").innerText()).toBe(`Module complete: ${m.title}`);
    for (const l of m.learned) expect(await milestone.innerText()).toContain(l);
    expect(await milestone.getByRole("textbox", { name: "Share it" }).inputValue()).toContain(
      `"${m.title}" module`,
    );
    s.assertClean();
    await s.close();
  });

  it("given every other lesson done, when the last is solved, then the course is complete and the map says so", async () => {
    const s = await openSession();
    const { page } = s;
    const lesson = course.lesson(course.modules[0].lessonIds[0])!;
    await seedProgress(
      page,
      course.lessons.filter((l) => l.id !== lesson.id).map((l) => l.id),
    );
    await openLesson(page, lesson.id);
    await solve(page, lesson);
    const milestone = page.getByTestId("milestone");
    await milestone.waitFor();
    expect(await milestone.getByRole("heading").innerText()).toBe("Course complete");
    expect(await milestone.getByRole("textbox").inputValue()).toContain(
      `${course.lessons.length} lessons in 8 modules`,
    );
    await page.getByRole("link", { name: "Back to the course" }).click();
    await page.getByRole("heading", { name: "You finished the course" }).waitFor();
    s.assertClean();
    await s.close();
  });

  it.each(SAMPLE)(
    "given %s (%s) in the browser, when its reference solution is entered, then it is complete",
    async (_name, id, lesson) => {
      const s = await openSession();
      const { page } = s;
      await openLesson(page, id);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(lesson.title);
      if (lesson.task.kind === "policy" && lesson.task.symptom)
        expect(await page.getByTestId("symptom").innerText()).toContain(lesson.task.symptom);
      await solve(page, lesson);
      if (lesson.readNext)
        expect(
          await page
            .getByRole("link", { name: new RegExp(lesson.readNext.title) })
            .getAttribute("href"),
        ).toBe(lesson.readNext.url);
      s.assertClean();
      await s.close();
    },
  );
});
