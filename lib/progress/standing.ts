import { lessonStatus, type LessonStatus, type Progress } from "./model";

/** What standing needs to know of a module: its id, title and lessons with their time estimates. */
export interface StandingModule {
  id: string;
  title: string;
  lessons: readonly { id: string; estimatedMinutes: number }[];
}

/** How far a learner is through one module. */
export interface ModuleStanding {
  id: string;
  done: number;
  total: number;
  /** The estimated minutes of the lessons not done yet. */
  minutesLeft: number;
  complete: boolean;
}

/** How far a learner is through the course. */
export interface CourseStanding {
  modules: ModuleStanding[];
  done: number;
  total: number;
  minutes: number;
  minutesLeft: number;
  complete: boolean;
}

/** Per module and overall: lessons done and the estimated time left. */
export function courseStanding(
  modules: readonly StandingModule[],
  progress: Progress,
): CourseStanding {
  const standings = modules.map((m): ModuleStanding => {
    const open = m.lessons.filter((l) => lessonStatus(progress, l.id) !== "done");
    return {
      id: m.id,
      done: m.lessons.length - open.length,
      total: m.lessons.length,
      minutesLeft: open.reduce((sum, l) => sum + l.estimatedMinutes, 0),
      complete: open.length === 0 && m.lessons.length > 0,
    };
  });
  const total = standings.reduce((sum, m) => sum + m.total, 0);
  const done = standings.reduce((sum, m) => sum + m.done, 0);
  return {
    modules: standings,
    done,
    total,
    minutes: modules.reduce(
      (sum, m) => sum + m.lessons.reduce((s, l) => s + l.estimatedMinutes, 0),
      0,
    ),
    minutesLeft: standings.reduce((sum, m) => sum + m.minutesLeft, 0),
    complete: total > 0 && done === total,
  };
}

/** What to suggest next, and how to word it. */
export type NextKind = "continue" | "next" | "start" | "review";

/**
 * The lesson to suggest: the last one opened if unfinished, else the first unfinished one in
 * course order; the first lesson for a new learner; the first again ("review") when all are done.
 */
export function suggestNext<L extends { id: string }>(
  lessons: readonly L[],
  progress: Progress,
): { lesson: L; kind: NextKind } | null {
  if (lessons.length === 0) return null;
  const status = (id: string): LessonStatus => lessonStatus(progress, id);
  const last = lessons.find((l) => l.id === progress.lastLessonId);
  if (last && status(last.id) !== "done") return { lesson: last, kind: "continue" };
  const started = lessons.some((l) => status(l.id) !== "not-started");
  if (!started) return { lesson: lessons[0], kind: "start" };
  const open = lessons.find((l) => status(l.id) !== "done");
  if (open) return { lesson: open, kind: status(open.id) === "in-progress" ? "continue" : "next" };
  return { lesson: lessons[0], kind: "review" };
}

/** A duration in minutes as people say it: "45 min", "1 h", "7 h 30 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** The short text a learner can share when a module, or the whole course, is finished. */
export function shareText(
  finished:
    { module: string; lessons: number } | { course: true; lessons: number; modules: number },
): string {
  if ("course" in finished)
    return `I finished Least Privilege, a hands-on AWS IAM course: ${finished.lessons} lessons in ${finished.modules} modules, from shared responsibility to privilege escalation, every policy checked by an IAM engine.`;
  return `I finished the "${finished.module}" module of Least Privilege, a hands-on AWS IAM course (${finished.lessons} lessons, every policy checked by an IAM engine).`;
}
