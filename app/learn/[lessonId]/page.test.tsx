import fs from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { COURSE, COURSE_ORDER } from "@/lessons";
import { solutionAnswer, validateLesson, type Answers } from "@/lib/lessons";
import { StoreProvider } from "@/components/store";
import { MemoryStorage } from "@/components/store/testing";
import LessonPage, { generateStaticParams } from "./page";

vi.mock("@/components/editor/PolicyEditor", () => import("@/components/editor/testing"));
// Lessons may need the browser catalog (AWS managed policies, every action of a service): serve
// the app's own files from public/, as the server would; anything else is refused.
vi.stubGlobal("fetch", async (url: string | URL) => {
  const { pathname } = new URL(String(url), "http://localhost");
  const file = path.join(process.cwd(), "public", pathname);
  if (!pathname.startsWith("/catalog/") || !fs.existsSync(file))
    return new Response("not found", { status: 404 });
  return new Response(fs.readFileSync(file), { headers: { "content-type": "application/json" } });
});

describe("/learn/[lessonId]", () => {
  it("given the course index, when params are generated, then every lesson has a page", () => {
    expect(generateStaticParams().map((p) => p.lessonId)).toEqual([...COURSE_ORDER]);
  });

  it.each(COURSE_ORDER.map((id) => [id]))(
    "given lesson %s, when its solution is typed and checked, then the success screen shows",
    async (id) => {
      const page = await LessonPage({ params: Promise.resolve({ lessonId: id }) });
      render(<StoreProvider storage={new MemoryStorage()}>{page}</StoreProvider>);
      const entry = COURSE.find((e) => e.id === id);
      const validated = validateLesson(entry?.document);
      if (!validated.ok) throw new Error("invalid lesson");
      const lesson = validated.lesson;
      expect(screen.getByRole("heading", { level: 1, name: lesson.title })).toBeTruthy();
      const answers = solutionAnswer(lesson) as Answers;
      if (lesson.task.kind === "policy") {
        for (const slot of lesson.task.slots)
          fireEvent.change(screen.getByRole("textbox", { name: slot.label }), {
            target: { value: answers[slot.id] },
          });
        await waitFor(() => expect(screen.getByTestId("check-list").dataset.stale).toBe("false"));
        const lp = screen.queryByTestId("check-least-privilege");
        if (lp) await waitFor(() => expect(lp.dataset.passed).toBe("true"));
      } else {
        // Predict and classify: pick the right choice of every question (radio values are ids).
        for (const [id, choice] of Object.entries(answers)) {
          const group = screen.getByTestId(`question-${id}`);
          const radio = group.querySelector<HTMLInputElement>(`input[value="${choice}"]`);
          if (!radio) throw new Error(`no choice ${choice} for ${id}`);
          fireEvent.click(radio);
        }
      }
      fireEvent.click(screen.getByRole("button", { name: "Check" }));
      expect(await screen.findByTestId("lesson-success")).toBeTruthy();
    },
  );
});
