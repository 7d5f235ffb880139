import type { TaskKind } from "@/lib/lessons";
import { classifyView } from "./ClassifyTask";
import { consoleView } from "./ConsoleTask";
import { policyView } from "./PolicyTask";
import { predictView } from "./PredictTask";
import type { TaskKindView } from "./types";

/** The view of each kind of task: adding a kind adds one entry here. */
export const TASK_VIEWS: { [K in TaskKind]: TaskKindView<K> } = {
  policy: policyView,
  predict: predictView,
  classify: classifyView,
  console: consoleView,
};

export type { TaskKindView, TaskViewProps } from "./types";
