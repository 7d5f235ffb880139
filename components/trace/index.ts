export { TraceFlow } from "./TraceFlow";
export type { TraceFlowProps } from "./TraceFlow";
export { buildFlow, matchedDenies, statementName, policyName } from "./flow";
export type { FlowNode, FlowNodeId } from "./flow";
export { rangeToHighlight } from "./range";
