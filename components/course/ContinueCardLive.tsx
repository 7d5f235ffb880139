"use client";

import { StoreProvider } from "@/components/store";
import type { LessonSummary } from "./courseData";
import { ContinueCardClient } from "./ContinueCardClient";

/** The live card with its store: loaded after hydration so the home page's first load stays small. */
export default function ContinueCardLive({ lessons }: { lessons: readonly LessonSummary[] }) {
  return (
    <StoreProvider>
      <ContinueCardClient lessons={lessons} />
    </StoreProvider>
  );
}
