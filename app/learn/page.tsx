import type { Metadata } from "next";
import { courseSummaries } from "@/components/course/courseData";
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
        Work through the lessons in order. Each one takes a few minutes and checks your policy as
        you type.
      </p>
      <PersistenceNotice />
      <div className={styles.layout}>
        <CourseMap lessons={courseSummaries()} />
        <ProgressMenu />
      </div>
    </>
  );
}
