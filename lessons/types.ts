// Kept structurally equal to `CourseEntry` and `ModuleEntry` of `lib/lessons`: this folder
// imports only its own files.

/** One entry of the course index: a lesson id and its raw document (validate before use). */
export interface CourseEntry {
  id: string;
  document: unknown;
}

/**
 * One module: its title (every lesson in it names it as its `module`), a paragraph introducing
 * it, what a learner knows once it is done (shown when the module is finished), and its lessons.
 */
export interface ModuleEntry {
  id: string;
  title: string;
  intro: string;
  learned: readonly string[];
  lessons: readonly CourseEntry[];
}
