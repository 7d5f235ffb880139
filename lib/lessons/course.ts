import { validateLesson } from "./validate";
import type { Lesson } from "./schema";

/** One entry of a course index: a lesson id and its raw document (any format version). */
export interface CourseEntry {
  id: string;
  document: unknown;
}

/** What the course map, the continue card and `lessons -- list` need to know about a lesson. */
export interface LessonSummary {
  id: string;
  title: string;
  module: string;
  summary: string;
  kind: Lesson["task"]["kind"];
  estimatedMinutes: number;
  difficulty: Lesson["difficulty"];
}

/** A validated course: its lessons in order, looked up by id. */
export interface Course {
  lessons: readonly Lesson[];
  lesson(id: string): Lesson | undefined;
  /** The lesson after `id` in course order, or null. */
  next(id: string): LessonSummary | null;
  summaries(): LessonSummary[];
}

/** The light summary of a lesson (no scenario, task or solution). */
export function summarize(lesson: Lesson): LessonSummary {
  const { id, title, module, summary, estimatedMinutes, difficulty } = lesson;
  return { id, title, module, summary, kind: lesson.task.kind, estimatedMinutes, difficulty };
}

/**
 * Validates a course index (documents of any format version are migrated) and returns the course.
 * An invalid lesson, or one whose id differs from its index entry, throws naming the lesson and the
 * JSON path of the problem: at build time for the app, at start for the command line.
 */
export function loadCourse(entries: readonly CourseEntry[]): Course {
  const lessons = entries.map((entry) => {
    const result = validateLesson(entry.document);
    if (!result.ok) {
      const first = result.errors[0];
      throw new Error(`lessons/${entry.id}.json is invalid at ${first?.path}: ${first?.message}`);
    }
    if (result.lesson.id !== entry.id)
      throw new Error(`lessons/${entry.id}.json has id "${result.lesson.id}"`);
    return result.lesson;
  });
  const byId = new Map(lessons.map((l, i) => [l.id, i]));
  return {
    lessons,
    lesson: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : lessons[i];
    },
    next: (id) => {
      const i = byId.get(id);
      return i !== undefined && i + 1 < lessons.length ? summarize(lessons[i + 1]) : null;
    },
    summaries: () => lessons.map(summarize),
  };
}
