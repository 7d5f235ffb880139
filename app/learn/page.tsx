import type { Metadata } from "next";
import { courseModules } from "@/components/course/courseData";
import { CourseMap } from "@/components/course/CourseMap";
import { ProgressMenu } from "@/components/course/ProgressMenu";
import { PersistenceNotice } from "@/components/course/PersistenceNotice";
import styles from "@/components/course/Course.module.css";

export const metadata: Metadata = {
  title: "Course",
  description:
    "The Least Privilege course: learn AWS IAM by writing real policies, one lesson at a time.",
};

export default function CoursePage() {
  return (
    <>
      <h1>The course</h1>
      <p>
        Eight modules take you from the shared responsibility model to privilege escalation. Each
        lesson takes a few minutes: you write or fix real policies, predict what AWS decides, or
        sort duties, and the IAM engine checks your work as you go. Take them in order, or start
        anywhere.
      </p>
      <PersistenceNotice />
      <div className={styles.layout}>
        <CourseMap modules={courseModules()} />
        <ProgressMenu />
      </div>
    </>
  );
}
