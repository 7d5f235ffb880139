import { validateLesson } from "./validate";
import type { Lesson } from "./schema";

/** One entry of a course index: a lesson id and its raw document (any format version). */
export interface CourseEntry {
  id: string;
  document: unknown;
}

/**
 * One module of a course index: its title (every lesson in it names it as its `module`), a
 * paragraph introducing it, what a learner knows once it is done, and its lessons in order.
 */
export interface ModuleEntry {
  id: string;
  title: string;
  intro: string;
  learned: readonly string[];
  lessons: readonly CourseEntry[];
}

/** A module of a loaded course: as in the index, with its lessons as ids. */
export interface CourseModule {
  id: string;
  title: string;
  intro: string;
  learned: readonly string[];
  lessonIds: readonly string[];
}

/** What the course map, the continue card and `lessons -- list` need to know about a lesson. */
export interface LessonSummary {
  id: string;
  title: string;
  module: string;
  summary: string;
  kind: Lesson["task"]["kind"];
  /** What the learner does: a policy task is `write` or `fix`; other kinds are their kind. */
  activity: Activity;
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
  /** The modules in order (derived from the lessons' `module` names for a flat index). */
  modules: readonly CourseModule[];
  /** The module holding lesson `id`, or undefined. */
  moduleOf(id: string): CourseModule | undefined;
}

/** What a learner does in a lesson, as the course map labels it. */
export type Activity = "write" | "fix" | "predict" | "classify" | "console";

/** The activity of a lesson: its kind, with policy tasks told apart as write or fix. */
export function activityOf(lesson: Lesson): Activity {
  const task = lesson.task;
  return task.kind === "policy" ? (task.mode ?? "write") : task.kind;
}

/** The light summary of a lesson (no scenario, task or solution). */
export function summarize(lesson: Lesson): LessonSummary {
  const { id, title, module, summary, estimatedMinutes, difficulty } = lesson;
  const kind = lesson.task.kind;
  return {
    id,
    title,
    module,
    summary,
    kind,
    activity: activityOf(lesson),
    estimatedMinutes,
    difficulty,
  };
}

function isModules(
  source: readonly CourseEntry[] | readonly ModuleEntry[],
): source is readonly ModuleEntry[] {
  return source.length > 0 && "lessons" in source[0];
}

/** Modules for a flat index: one per distinct `module` name, in order of first appearance. */
function derivedModules(lessons: readonly Lesson[]): CourseModule[] {
  const byTitle = new Map<string, string[]>();
  for (const l of lessons) byTitle.set(l.module, [...(byTitle.get(l.module) ?? []), l.id]);
  return [...byTitle].map(([title, lessonIds]) => ({
    id: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title,
    intro: "",
    learned: [],
    lessonIds,
  }));
}

/**
 * Validates a course index, given as modules or as a flat list of lessons (documents of any format
 * version are migrated), and returns the course. An invalid lesson, one whose id differs from its
 * index entry, or one whose `module` is not the title of the module holding it, throws naming the
 * lesson and the JSON path of the problem: at build time for the app, at start for the command line.
 */
export function loadCourse(source: readonly CourseEntry[] | readonly ModuleEntry[]): Course {
  const entries = isModules(source) ? source.flatMap((m) => m.lessons) : source;
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
  if (byId.size !== lessons.length) throw new Error("the course index lists a lesson twice");
  const modules: CourseModule[] = isModules(source)
    ? source.map(({ lessons: entries, ...m }) => ({ ...m, lessonIds: entries.map((e) => e.id) }))
    : derivedModules(lessons);
  for (const m of modules)
    for (const id of m.lessonIds) {
      const lesson = lessons[byId.get(id)!];
      if (lesson.module !== m.title)
        throw new Error(
          `lessons/${id}.json is invalid at module: it is in module "${m.title}", not "${lesson.module}"`,
        );
    }
  const moduleById = new Map(modules.flatMap((m) => m.lessonIds.map((id) => [id, m] as const)));
  return {
    modules,
    moduleOf: (id) => moduleById.get(id),
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
