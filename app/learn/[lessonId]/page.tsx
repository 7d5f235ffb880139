import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { courseLesson, courseLessons, nextLesson } from "@/components/course/courseData";
import { LessonPlayer } from "@/components/player/LessonPlayer";
import { Markdown } from "@/components/player/Markdown";
import { Narrative } from "@/components/player/Narrative";

type Params = { params: Promise<{ lessonId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return courseLessons().map((lesson) => ({ lessonId: lesson.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lesson = courseLesson((await params).lessonId);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const lesson = courseLesson((await params).lessonId);
  if (!lesson) notFound();
  const next = nextLesson(lesson.id);
  return (
    <LessonPlayer
      lesson={lesson}
      narrative={<Narrative blocks={lesson.narrative} />}
      debrief={<Markdown text={lesson.debrief} level={3} />}
      hints={lesson.hints.map((hint, i) => (
        <Markdown key={i} text={hint} level={4} />
      ))}
      next={next && { id: next.id, title: next.title }}
    />
  );
}
