import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  courseLesson,
  courseLessons,
  courseModules,
  moduleOfLesson,
  nextLesson,
} from "@/components/course/courseData";
import { PlayLesson } from "@/components/player/PlayLesson";

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
  const mod = moduleOfLesson(lesson.id)!;
  const modules = courseModules();
  const place = {
    module: { title: mod.title, learned: mod.learned, lessonIds: mod.lessons.map((l) => l.id) },
    course: {
      lessonIds: modules.flatMap((m) => m.lessons.map((l) => l.id)),
      modules: modules.length,
    },
  };
  return (
    <PlayLesson
      lesson={lesson}
      next={next ? { id: next.id, title: next.title } : null}
      place={place}
    />
  );
}
