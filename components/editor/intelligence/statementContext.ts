import { scanTokens, startsWithPath, type PathSegment, type ScannedToken } from "./jsonScan";

/** The parts of one statement that completions and hovers depend on. */
export interface StatementContext {
  /** Action patterns from `Action` and `NotAction` (as written). */
  actions: string[];
  /** Whether the actions came from `NotAction`. */
  notAction: boolean;
  /** Resource patterns from `Resource` and `NotResource`. */
  resources: string[];
}

function stringsUnder(tokens: readonly ScannedToken[], base: readonly PathSegment[]): string[] {
  return tokens
    .filter(
      (t) =>
        t.kind === "string" &&
        !t.isKey &&
        startsWithPath(t.path, base) &&
        t.path.length <= base.length + 1 &&
        t.value !== "",
    )
    .map((t) => t.value);
}

/** Reads the actions and resources of the statement at `statementPath`, tolerating bad JSON. */
export function statementContext(
  text: string,
  statementPath: readonly PathSegment[],
  tokens: readonly ScannedToken[] = scanTokens(text),
): StatementContext {
  const action = stringsUnder(tokens, [...statementPath, "Action"]);
  const notAction = stringsUnder(tokens, [...statementPath, "NotAction"]);
  return {
    actions: action.length > 0 ? action : notAction,
    notAction: action.length === 0 && notAction.length > 0,
    resources: [
      ...stringsUnder(tokens, [...statementPath, "Resource"]),
      ...stringsUnder(tokens, [...statementPath, "NotResource"]),
    ],
  };
}

/** Service prefixes named by the actions and condition keys of a document (for lazy loading). */
export function servicePrefixesIn(
  text: string,
  tokens: readonly ScannedToken[] = scanTokens(text),
): string[] {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== "string") continue;
    let name: string | undefined;
    if (!t.isKey && t.path.some((seg) => seg === "Action" || seg === "NotAction")) name = t.value;
    const cond = t.path.indexOf("Condition");
    if (t.isKey && cond >= 0 && t.path.length === cond + 3) name = t.value;
    const m = name ? /^([a-z0-9-]+):/i.exec(name) : null;
    if (m && m[1].toLowerCase() !== "aws") out.add(m[1].toLowerCase());
  }
  return [...out];
}
