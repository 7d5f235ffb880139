import type { TaskKind } from "../schema/lesson";
import { classifyKind } from "./classify";
import { consoleKind } from "./console";
import { policyKind } from "./policy";
import { predictKind } from "./predict";
import type { KindModule } from "./types";

/** Every kind of task, by name: the one place that lists them. */
export const KINDS: { [K in TaskKind]: KindModule<K> } = {
  policy: policyKind,
  predict: predictKind,
  classify: classifyKind,
  console: consoleKind,
};

export type { KindModule, QuestionListing } from "./types";
export { AnswerFormatError } from "./types";
