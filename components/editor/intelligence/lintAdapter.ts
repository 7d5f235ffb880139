import { lintPolicy } from "@/lib/iam";
import type { LintFn } from "./lintSession";

/** The editor's lint function: the engine's `lintPolicy` over the browser catalog. */
export const lintWithCatalog: LintFn = (text, type, catalog) => lintPolicy(text, { type, catalog });
