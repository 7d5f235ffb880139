"use client";

import { lessonStatus } from "@/lib/progress";
import { useAppStore } from "@/components/store";
import type { LessonSummary } from "./courseData";
import { ContinueCardView, type ContinueKind } from "./ContinueCardView";

/** Picks the lesson to continue: the last one opened if unfinished, else the first unfinished. */
export function pickContinue(
  lessons: readonly LessonSummary[],
  status: (id: string) => ReturnType<typeof lessonStatus>,
  lastLessonId: string | null,
): { lesson: LessonSummary; kind: ContinueKind } | null {
  if (lessons.length === 0) return null;
  const last = lessons.find((l) => l.id === lastLessonId);
  if (last && status(last.id) !== "done") return { lesson: last, kind: "continue" };
  const started = lessons.some((l) => status(l.id) !== "not-started");
  const open = lessons.find((l) => status(l.id) !== "done");
  if (!started) return { lesson: lessons[0], kind: "start" };
  if (open) return { lesson: open, kind: status(open.id) === "in-progress" ? "continue" : "next" };
  return { lesson: lessons[0], kind: "review" };
}

/** "Continue where you left off", or "Start the course" for a new learner. */
export function ContinueCardClient({ lessons }: { lessons: readonly LessonSummary[] }) {
  const progress = useAppStore((s) => s.progress);
  const loaded = useAppStore((s) => s.persistence.status !== "loading");
  const pick = pickContinue(lessons, (id) => lessonStatus(progress, id), progress.lastLessonId);
  if (!pick) return null;
  const kind = loaded ? pick.kind : "start";
  const lesson = loaded ? pick.lesson : lessons[0];
  return <ContinueCardView kind={kind} lesson={lesson} lessons={lessons} />;
}
