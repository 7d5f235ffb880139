import { COURSE } from "@/lessons";
import { loadCourse, type Course, type Lesson, type LessonSummary } from "@/lib/lessons";

export type { LessonSummary };

let course: Course | undefined;

/** The built-in course (validated once, through the one course loader in `lib/lessons`). */
function builtIn(): Course {
  course ??= loadCourse(COURSE);
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
