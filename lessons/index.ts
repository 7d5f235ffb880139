/**
 * The course, in order. Each lesson is a JSON document of the content format
 * (`lib/lessons/schema`); add a lesson by adding its file and one entry below.
 */
import firstIdentityPolicy from "./first-identity-policy.json";
import groupPolicy from "./group-policy.json";
import fixBucketPolicy from "./fix-bucket-policy.json";
import ec2RoleReadsS3 from "./ec2-role-reads-s3.json";
import sharedResponsibility from "./shared-responsibility.json";
import twoGroupsPredict from "./two-groups-predict.json";

/** One entry of the course index: a lesson id and its raw document (validate before use). */
export interface CourseEntry {
  id: string;
  document: unknown;
}

// Kept structurally equal to `CourseEntry` of `lib/lessons`: this folder imports only its JSON.
/** The built-in lessons in course order. */
export const COURSE: readonly CourseEntry[] = [
  { id: "shared-responsibility", document: sharedResponsibility },
  { id: "first-identity-policy", document: firstIdentityPolicy },
  { id: "group-policy", document: groupPolicy },
  { id: "two-groups-predict", document: twoGroupsPredict },
  { id: "fix-bucket-policy", document: fixBucketPolicy },
  { id: "ec2-role-reads-s3", document: ec2RoleReadsS3 },
];

/** Lesson ids in course order. */
export const COURSE_ORDER: readonly string[] = COURSE.map((entry) => entry.id);
