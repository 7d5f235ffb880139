import { courseSummaries } from "./courseData";
import { ContinueCardLazy } from "./ContinueCardLazy";
import { ContinueCardView } from "./ContinueCardView";

/**
 * The home page's "continue where you left off" card. The server renders the "Start the course"
 * card; the client swaps in the learner's own next step after loading saved progress.
 */
export function ContinueCard() {
  const lessons = courseSummaries();
  if (lessons.length === 0) return null;
  return (
    <ContinueCardLazy lessons={lessons}>
      <ContinueCardView kind="start" lesson={lessons[0]} lessons={lessons} />
    </ContinueCardLazy>
  );
}
