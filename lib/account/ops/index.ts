/** Every API action the account implements, by operation name. */
import type { Operation } from "../operation";
import * as attach from "./attach";
import * as ec2 from "./ec2";
import * as groups from "./groups";
import * as policies from "./policies";
import * as roles from "./roles";
import * as s3 from "./s3";
import * as sts from "./sts";
import * as users from "./users";

const all: Record<string, unknown> = {
  ...users,
  ...groups,
  ...attach,
  ...roles,
  ...policies,
  ...sts,
  ...s3,
  ...ec2,
};

/** The operations by API name (`CreateUser`, `AssumeRole`, `ListObjectsV2`...). */
export const OPERATIONS: Readonly<Record<string, Operation>> = Object.fromEntries(
  Object.values(all)
    .filter((op): op is Operation => typeof op === "object" && op !== null && "apply" in op)
    .map((op) => [op.name, op]),
);
