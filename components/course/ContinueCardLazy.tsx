"use client";

import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { LessonSummary } from "./courseData";

type Live = ComponentType<{ lessons: readonly LessonSummary[] }>;

/**
 * Shows the server-rendered "Start the course" card, then swaps in the live card (store,
 * saved progress) once its code has loaded, keeping zod and the store out of the first load.
 */
export function ContinueCardLazy({
  lessons,
  children,
}: {
  lessons: readonly LessonSummary[];
  children: ReactNode;
}) {
  const [Card, setCard] = useState<Live | null>(null);
  useEffect(() => {
    let alive = true;
    import("./ContinueCardLive").then((mod) => {
      if (alive) setCard(() => mod.default);
    });
    return () => {
      alive = false;
    };
  }, []);
  return Card ? <Card lessons={lessons} /> : <>{children}</>;
}
