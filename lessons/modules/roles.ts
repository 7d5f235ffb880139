import ec2RoleReadsS3 from "../ec2-role-reads-s3.json";
import type { ModuleEntry } from "../types";

/** Module: Roles. */
export const roles: ModuleEntry = {
  id: "roles",
  title: "Roles",
  intro: "TODO",
  learned: [],
  lessons: [{ id: "ec2-role-reads-s3", document: ec2RoleReadsS3 }],
};
