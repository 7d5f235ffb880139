/**
 * The fast lane of `parsePolicy` for documents given as objects: reads a valid policy straight
 * from the object, without building a JSON AST, key maps or diagnostics. It accepts only what
 * the full validator accepts and builds the same `Policy`; at the first thing it does not
 * expect (any error, an unusual value, a tiny depth limit) it returns undefined and the caller
 * runs the full validator, which reports every problem with its path. So error messages come
 * from one place, and this file only has to agree with it on valid documents (a property test
 * checks that).
 */
import type {
  ConditionBlock,
  Policy,
  PolicyType,
  PolicyVersion,
  PrincipalElement,
  Statement,
  ValueListElement,
} from "../types";
import { isObj, readCondition, readList, readPrincipal } from "./fast-elements";
import { indexPath, keyPath } from "./paths";

const hasOwn = Object.prototype.hasOwnProperty;

/** Documents nested at most this deep need no depth check (a condition value list is 6 deep). */
const SAFE_DEPTH = 8;

/**
 * Reads a valid policy object; returns undefined when the document is not a plain valid policy
 * (then the full validator must run). Never throws on any input the full validator accepts.
 */
export function readPolicyObject(
  doc: unknown,
  type: PolicyType,
  maxDepth: number,
): Policy | undefined {
  if (!isObj(doc) || maxDepth < SAFE_DEPTH) return undefined;
  let version: PolicyVersion = "2008-10-17";
  let versionGiven = false;
  let documentId: string | undefined;
  let st: unknown;
  let hasStatement = false;
  for (const key in doc) {
    if (!hasOwn.call(doc, key)) continue;
    const v = doc[key];
    if (key === "Statement") {
      st = v;
      hasStatement = true;
    } else if (key === "Version") {
      if (v !== "2012-10-17" && v !== "2008-10-17") return undefined;
      version = v;
      versionGiven = true;
    } else if (key === "Id") {
      if (typeof v !== "string") return undefined;
      documentId = v;
    } else return undefined;
  }
  if (!hasStatement) return undefined;
  // Arrays are allocated at their final length: an empty `[]` grows to 16 slots on first push.
  let statements: Statement[];
  const needsPrincipal = type === "resource" || type === "trust" || type === "rcp";
  if (Array.isArray(st)) {
    statements = new Array<Statement>(st.length);
    for (let i = 0; i < st.length; i++) {
      const s = readStatement(st[i], indexPath("Statement", i), i, type, needsPrincipal);
      if (s === undefined || (s.sid && sidUsed(statements, i, s.sid))) return undefined;
      statements[i] = s;
    }
  } else {
    const s = readStatement(st, "Statement", 0, type, needsPrincipal);
    if (s === undefined) return undefined;
    statements = [s];
  }
  return {
    kind: "Policy",
    type,
    version,
    versionGiven,
    documentId,
    statements,
    range: undefined,
    source: undefined,
  };
}

/** True when one of the first `n` statements has this Sid (policies are small; no Set needed). */
function sidUsed(statements: Statement[], n: number, sid: string): boolean {
  for (let i = 0; i < n; i++) if (statements[i].sid === sid) return true;
  return false;
}

function readStatement(
  node: unknown,
  path: string,
  index: number,
  type: PolicyType,
  needsPrincipal: boolean,
): Statement | undefined {
  if (!isObj(node)) return undefined;
  let sid: string | undefined;
  let effect: Statement["effect"] | undefined;
  let action: ValueListElement | undefined;
  let resource: ValueListElement | undefined;
  let principal: PrincipalElement | undefined;
  let condition: ConditionBlock | undefined;
  for (const key in node) {
    if (!hasOwn.call(node, key)) continue;
    const v = node[key];
    switch (key) {
      case "Sid":
        if (typeof v !== "string") return undefined;
        sid = v;
        break;
      case "Effect":
        if (v !== "Allow" && v !== "Deny") return undefined;
        effect = v;
        break;
      case "Action":
      case "NotAction":
        if (action !== undefined) return undefined;
        action = readList(v, key, keyPath(path, key), true);
        if (action === undefined) return undefined;
        break;
      case "Resource":
      case "NotResource":
        if (resource !== undefined || type === "trust") return undefined;
        resource = readList(v, key, keyPath(path, key), false);
        if (resource === undefined) return undefined;
        break;
      case "Principal":
      case "NotPrincipal":
        if (principal !== undefined || !needsPrincipal) return undefined;
        principal = readPrincipal(v, key, keyPath(path, key), type);
        if (principal === undefined) return undefined;
        break;
      case "Condition":
        condition = readCondition(v, keyPath(path, "Condition"));
        if (condition === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (effect === undefined || action === undefined) return undefined;
  if (resource === undefined && type !== "trust") return undefined;
  if (needsPrincipal && principal === undefined) return undefined;
  if (principal !== undefined && principal.negated) {
    if (type === "trust" || type === "rcp" || effect === "Allow") return undefined;
  }
  return {
    index,
    path,
    range: undefined,
    sid,
    effect,
    effectRange: undefined,
    action,
    resource,
    principal,
    condition,
  };
}
