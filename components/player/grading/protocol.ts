import type { CatalogSnapshot, GradeResult, Lesson, LessonAnswer } from "@/lib/lessons";

/** Page -> grading worker. */
export type GradeWorkerRequest =
  | {
      type: "init";
      lesson: Lesson;
      /** AWS managed policy documents by bare name. */
      managed: [string, unknown][];
      snapshot: CatalogSnapshot | null;
    }
  | {
      type: "grade";
      id: number;
      answer: LessonAnswer;
      /** Checks to trace even when they pass (the ones the learner opened). */
      trace: string[];
    };

/** Grading worker -> page. `result` is plain data (decisions as JSON, summaries included). */
export type GradeWorkerResponse =
  | { type: "graded"; id: number; result: GradeResult; ms: number }
  | { type: "failed"; id: number; message: string };
