import type { Lesson } from "@/lib/lessons";
import { LessonPlayer, type LessonPlayerProps } from "./LessonPlayer";
import { Markdown } from "./Markdown";
import { Narrative } from "./Narrative";

/**
 * The lesson player with the lesson's narrative, debrief and hints rendered as Markdown. Not a
 * client component: from a server page the Markdown renders on the server and stays out of the
 * client bundle.
 */
export function PlayLesson({
  lesson,
  next,
  place,
}: {
  lesson: Lesson;
  next: LessonPlayerProps["next"];
  place?: LessonPlayerProps["place"];
}) {
  return (
    <LessonPlayer
      lesson={lesson}
      narrative={<Narrative blocks={lesson.narrative} />}
      debrief={<Markdown text={lesson.debrief} level={3} />}
      hints={lesson.hints.map((hint, i) => (
        <Markdown key={i} text={hint} level={4} />
      ))}
      next={next}
      place={place}
    />
  );
}
