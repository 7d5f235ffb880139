import { StoreProvider } from "@/components/store";
import { courseSummaries } from "./courseData";
import { ContinueCardClient } from "./ContinueCardClient";

/**
 * The home page's "continue where you left off" card (server part: reads the course index and
 * hands the client card only the lesson summaries). Safe to place anywhere: it reuses the
 * surrounding StoreProvider, or brings its own.
 */
export function ContinueCard() {
  return (
    <StoreProvider>
      <ContinueCardClient lessons={courseSummaries()} />
    </StoreProvider>
  );
}
