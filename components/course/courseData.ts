import { MODULES } from "@/lessons";
import { loadCourse, type Course, type Lesson, type LessonSummary } from "@/lib/lessons";

export type { LessonSummary };

/** A module as the course map shows it: its introduction, what it teaches, its lessons. */
export interface ModuleView {
  id: string;
  title: string;
  intro: string;
  learned: readonly string[];
  lessons: LessonSummary[];
}

let course: Course | undefined;

/** The built-in course (validated once, through the one course loader in `lib/lessons`). */
function builtIn(): Course {
  course ??= loadCourse(MODULES);
  return course;
}

/** The built-in course's lessons in order. Server-side only: pages ship summaries or one lesson. */
export function courseLessons(): readonly Lesson[] {
  return builtIn().lessons;
}

/** One lesson by id, or undefined. */
export function courseLesson(id: string): Lesson | undefined {
  return builtIn().lesson(id);
}

/** The lesson after `id` in course order, or null. */
export function nextLesson(id: string): LessonSummary | null {
  return builtIn().next(id);
}

/** Summaries of every lesson in course order. */
export function courseSummaries(): LessonSummary[] {
  return builtIn().summaries();
}

/** The modules in order, each with its lessons' summaries. */
export function courseModules(): ModuleView[] {
  const c = builtIn();
  const byId = new Map(c.summaries().map((l) => [l.id, l]));
  return c.modules.map(({ lessonIds, ...m }) => ({
    ...m,
    lessons: lessonIds.map((id) => byId.get(id)!),
  }));
}

/** The module holding lesson `id`, as the course map shows it, or undefined. */
export function moduleOfLesson(id: string): ModuleView | undefined {
  return courseModules().find((m) => m.lessons.some((l) => l.id === id));
}
