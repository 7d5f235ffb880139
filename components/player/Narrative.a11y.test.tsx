import { render } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { MODULES } from "@/lessons";
import { loadCourse } from "@/lib/lessons";
import { Markdown } from "./Markdown";
import { Narrative } from "./Narrative";

// Every lesson's own words (narrative, hints, debrief), checked by axe in jsdom: the browser suite
// scans a sample of lesson pages with layout and colour; this covers the content of all of them.
const course = loadCourse(MODULES);

async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, {
    // jsdom has no layout or colours: those rules run in the browser suite.
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(" | ")}`);
}

describe.each(course.lessons.map((l) => [l.id, l] as const))("lesson %s content", (_id, lesson) => {
  it("given its narrative, hints and debrief rendered, when axe checks them, then nothing serious is found", async () => {
    const { container } = render(
      <main>
        <h1>{lesson.title}</h1>
        <Narrative blocks={lesson.narrative} />
        <section aria-label="Hints">
          {lesson.hints.map((h, i) => (
            <Markdown key={i} text={h} level={4} />
          ))}
        </section>
        <section aria-label="Debrief">
          <Markdown text={lesson.debrief} level={3} />
        </section>
      </main>,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe("the content check", () => {
  it("given Markdown with a link that has no text, when checked, then axe reports it", async () => {
    const { container } = render(
      <main>
        <Narrative
          blocks={[
            {
              type: "markdown",
              text: "See [](https://docs.aws.amazon.com/IAM/latest/UserGuide/) here.",
            },
          ]}
        />
      </main>,
    );
    expect((await seriousViolations(container)).join("\n")).toMatch(/^link-name/);
  });
});
