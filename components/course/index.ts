export { ContinueCard } from "./ContinueCard";
export { ProgressMenu } from "./ProgressMenu";
export { PersistenceNotice } from "./PersistenceNotice";
