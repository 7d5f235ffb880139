import type { Catalog } from "@/lib/iam";
import { actionDoc, conditionKeyDoc } from "./catalogDocs";
import { scanTokens, type ScannedToken } from "./jsonScan";
import { statementPlace } from "./jsonLocation";
import { describeOperator } from "./operatorDocs";

/** Hover content for one token, independent of Monaco. */
export interface HoverInfo {
  /** Markdown paragraphs. */
  contents: string[];
  /** Offsets of the hovered token. */
  start: number;
  end: number;
}

/** What the hover at an offset needs: the token, and which service must be loaded first. */
export interface HoverTarget {
  token: ScannedToken;
  what: "action" | "operator" | "conditionKey";
  /** Service prefix whose details make the hover complete. */
  service?: string;
}

/** Finds the string token at `offset` and tells whether it is an action, operator or key. */
export function hoverTarget(text: string, offset: number): HoverTarget | undefined {
  const token = scanTokens(text).find(
    (t) => t.kind === "string" && t.start <= offset && offset < t.end,
  );
  if (!token) return undefined;
  const place = statementPlace(token.isKey ? token.path.slice(0, -1) : token.path);
  if (!place) return undefined;
  const { inner } = place;
  const element = inner[0];
  const service = /^([a-z0-9-]+):/i.exec(token.value)?.[1]?.toLowerCase();
  if (!token.isKey && (element === "Action" || element === "NotAction") && inner.length <= 2) {
    return { token, what: "action", service };
  }
  if (token.isKey && element === "Condition" && inner.length === 1)
    return { token, what: "operator" };
  if (token.isKey && element === "Condition" && inner.length === 2) {
    return { token, what: "conditionKey", service: service === "aws" ? undefined : service };
  }
  return undefined;
}

function wildcardDoc(catalog: Catalog, pattern: string): string | undefined {
  if (pattern === "*") return "**\\*** matches every action of every service.";
  if (!/[*?]/.test(pattern)) return undefined;
  const matched = catalog.expandAction(pattern);
  if (matched.length === 0) return `**${pattern}** matches no known action.`;
  const levels = new Map<string, number>();
  for (const a of matched) levels.set(a.accessLevel, (levels.get(a.accessLevel) ?? 0) + 1);
  const byLevel = [...levels].map(([level, n]) => `${n} ${level}`).join(", ");
  const names = matched
    .slice(0, 8)
    .map((a) => `\`${a.name}\``)
    .join(", ");
  return `**${pattern}** matches ${matched.length} action${matched.length === 1 ? "" : "s"} (${byLevel}): ${names}${matched.length > 8 ? ", …" : ""}`;
}

/** Builds the hover for a target found by `hoverTarget`, or undefined when there is nothing to say. */
export function buildHover(catalog: Catalog, target: HoverTarget): HoverInfo | undefined {
  const { token } = target;
  let doc: string | undefined;
  if (target.what === "action")
    doc = wildcardDoc(catalog, token.value) ?? actionDoc(catalog, token.value);
  else if (target.what === "operator") {
    const d = describeOperator(token.value);
    doc = d ? `**${token.value}** · condition operator\n\n${d}` : undefined;
  } else doc = conditionKeyDoc(catalog, token.value);
  if (!doc) return undefined;
  return { contents: doc.split("\n\n"), start: token.start, end: token.end };
}
