import type { PolicyType } from "@/lib/iam";
import type { LintFinding } from "./findings";

/** A lint request to the lint worker. */
export interface LintWorkerRequest {
  id: number;
  text: string;
  type: PolicyType;
  /** Where the catalog files are served, e.g. `/catalog`. */
  catalogBase: string;
}

/** The lint worker's answer: findings and the lint time, or an error message. */
export type LintWorkerResponse =
  | { id: number; findings: LintFinding[]; ms: number; error?: undefined }
  | { id: number; error: string };
