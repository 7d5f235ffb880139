import { COURSE } from "@/lessons";
import { validateLesson, type Lesson } from "@/lib/lessons";

/** What the course map and the continue card show about a lesson. */
export interface LessonSummary {
  id: string;
  title: string;
  module: string;
  summary: string;
  estimatedMinutes: number;
  difficulty: Lesson["difficulty"];
}

let cached: Lesson[] | undefined;

/**
 * The built-in course, validated, in order. An invalid lesson fails loudly (at build time for
 * static pages) with its id and the JSON path of the problem.
 */
export function courseLessons(): Lesson[] {
  cached ??= COURSE.map((entry) => {
    const result = validateLesson(entry.document);
    if (!result.ok) {
      const first = result.errors[0];
      throw new Error(`lessons/${entry.id}.json is invalid at ${first?.path}: ${first?.message}`);
    }
    return result.lesson;
  });
  return cached;
}

/** One lesson by id, or undefined. */
export function courseLesson(id: string): Lesson | undefined {
  return courseLessons().find((l) => l.id === id);
}

/** The lesson after `id` in course order, or null. */
export function nextLesson(id: string): LessonSummary | null {
  const all = courseLessons();
  const i = all.findIndex((l) => l.id === id);
  return i >= 0 && i + 1 < all.length ? summarize(all[i + 1]) : null;
}

/** The light summary of a lesson. */
export function summarize(lesson: Lesson): LessonSummary {
  const { id, title, module, summary, estimatedMinutes, difficulty } = lesson;
  return { id, title, module, summary, estimatedMinutes, difficulty };
}

/** Summaries of every lesson in course order. */
export function courseSummaries(): LessonSummary[] {
  return courseLessons().map(summarize);
}
