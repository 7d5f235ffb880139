"use client";

import { suggestNext } from "@/lib/progress";
import { useAppStore } from "@/components/store";
import type { LessonSummary } from "./courseData";
import { ContinueCardView } from "./ContinueCardView";

/** "Continue where you left off", or "Start the course" for a new learner. */
export function ContinueCardClient({ lessons }: { lessons: readonly LessonSummary[] }) {
  const progress = useAppStore((s) => s.progress);
  const loaded = useAppStore((s) => s.persistence.status !== "loading");
  const pick = suggestNext(lessons, progress);
  if (!pick) return null;
  const kind = loaded ? pick.kind : "start";
  const lesson = loaded ? pick.lesson : lessons[0];
  return <ContinueCardView kind={kind} lesson={lesson} lessons={lessons} />;
}
