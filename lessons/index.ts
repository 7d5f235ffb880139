/**
 * The course, in order: eight modules, each a file in `modules/` listing its lesson documents
 * (JSON files of the content format, `lib/lessons/schema`). Add a lesson by adding its file and
 * one entry in its module.
 */
import { foundations } from "./modules/foundations";
import { usersAndPolicies } from "./modules/users-and-policies";
import { groups } from "./modules/groups";
import { roles } from "./modules/roles";
import { conditions } from "./modules/conditions";
import { resourcePolicies } from "./modules/resource-policies";
import { guardrails } from "./modules/guardrails";
import { troubleshooting } from "./modules/troubleshooting";
import type { CourseEntry, ModuleEntry } from "./types";

export type { CourseEntry, ModuleEntry };

/** The modules in course order. */
export const MODULES: readonly ModuleEntry[] = [
  foundations,
  usersAndPolicies,
  groups,
  roles,
  conditions,
  resourcePolicies,
  guardrails,
  troubleshooting,
];

/** The built-in lessons in course order. */
export const COURSE: readonly CourseEntry[] = MODULES.flatMap((m) => m.lessons);

/** Lesson ids in course order. */
export const COURSE_ORDER: readonly string[] = COURSE.map((entry) => entry.id);
