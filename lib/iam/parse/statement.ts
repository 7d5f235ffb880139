/** Validation of one statement object. */
import type { JsonNode, PolicyType, Statement } from "../types";
import { Diagnostics, describeKind, entriesByKey, scalarValue } from "./context";
import { readActions, readCondition, readPrincipal, readResources } from "./elements";
import { pathKey } from "./path";

const STATEMENT_KEYS = new Set([
  "Sid",
  "Effect",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Principal",
  "NotPrincipal",
  "Condition",
]);

/** Policy types whose statements name principals. */
export const RESOURCE_TYPES: ReadonlySet<PolicyType> = new Set<PolicyType>([
  "resource",
  "trust",
  "rcp",
]);

const TYPE_NAMES: Record<PolicyType, string> = {
  identity: "an identity-based policy",
  resource: "a resource-based policy",
  trust: "a role trust policy",
  scp: "a service control policy",
  rcp: "a resource control policy",
  boundary: "a permissions boundary",
  session: "a session policy",
};

/** Reads one statement; reports every problem; returns undefined when any was found. */
export function readStatement(
  node: JsonNode,
  path: string,
  index: number,
  type: PolicyType,
  diags: Diagnostics,
): Statement | undefined {
  if (node.kind !== "object") {
    diags.add(
      "invalid-type",
      `${path} must be an object, got ${describeKind(node)}`,
      path,
      node.range,
    );
    return undefined;
  }
  const before = diags.list.length;
  const keys = entriesByKey(node, path, diags, (k) => pathKey(path, k));
  for (const [key, e] of keys) {
    if (!STATEMENT_KEYS.has(key)) {
      const known = [...STATEMENT_KEYS].find((k) => k.toLowerCase() === key.toLowerCase());
      diags.add(
        "unknown-element",
        `${pathKey(path, key)}: unknown statement element ${JSON.stringify(key)}` +
          (known ? `; element names are case-sensitive, did you mean "${known}"?` : ""),
        pathKey(path, key),
        e.keyRange,
      );
    }
  }

  let sid: string | undefined;
  const sidEntry = keys.get("Sid");
  if (sidEntry) {
    if (sidEntry.value.kind !== "string") {
      diags.add(
        "invalid-type",
        `${path}.Sid must be a string, got ${describeKind(sidEntry.value)}`,
        `${path}.Sid`,
        sidEntry.value.range,
      );
    } else sid = sidEntry.value.value as string;
  }

  const effectEntry = keys.get("Effect");
  let effect: Statement["effect"] | undefined;
  if (!effectEntry) {
    diags.add(
      "missing-element",
      `${path} is missing "Effect" ("Allow" or "Deny")`,
      path,
      node.range,
    );
  } else if (
    scalarValue(effectEntry.value) === "Allow" ||
    scalarValue(effectEntry.value) === "Deny"
  ) {
    effect = scalarValue(effectEntry.value) as Statement["effect"];
  } else {
    diags.add(
      "invalid-value",
      `${path}.Effect must be "Allow" or "Deny", got ${effectEntry.value.kind === "string" ? JSON.stringify(scalarValue(effectEntry.value)) : describeKind(effectEntry.value)}`,
      `${path}.Effect`,
      effectEntry.value.range,
    );
  }

  const action = exactlyOne(keys, "Action", "NotAction", path, node, diags, true);
  const actions = action && readActions(action, pathKey(path, action.key), diags);

  const resourceAllowed = type !== "trust";
  const resource = exactlyOne(keys, "Resource", "NotResource", path, node, diags, resourceAllowed);
  if (!resourceAllowed && resource) {
    diags.add(
      "element-not-allowed",
      `${pathKey(path, resource.key)}: ${TYPE_NAMES[type]} has no ${resource.key} element (the role itself is the resource)`,
      pathKey(path, resource.key),
      resource.keyRange,
    );
  }
  const resources =
    resourceAllowed && resource
      ? readResources(resource, pathKey(path, resource.key), diags)
      : undefined;

  const principalAllowed = RESOURCE_TYPES.has(type);
  const principal = exactlyOne(
    keys,
    "Principal",
    "NotPrincipal",
    path,
    node,
    diags,
    principalAllowed,
  );
  let principals;
  if (principal && !principalAllowed) {
    diags.add(
      "element-not-allowed",
      `${pathKey(path, principal.key)}: ${TYPE_NAMES[type]} cannot name a principal; ${principal.key} belongs in resource-based policies only`,
      pathKey(path, principal.key),
      principal.keyRange,
    );
  } else if (principal) {
    if (principal.key === "NotPrincipal" && (type === "trust" || type === "rcp")) {
      diags.add(
        "element-not-allowed",
        `${path}.NotPrincipal is not supported in ${TYPE_NAMES[type]}; use Principal`,
        `${path}.NotPrincipal`,
        principal.keyRange,
      );
    } else if (principal.key === "NotPrincipal" && effect === "Allow") {
      diags.add(
        "element-not-allowed",
        `${path}.NotPrincipal can only be used with "Effect": "Deny"; with Allow it would grant every other principal, anonymous callers included`,
        `${path}.NotPrincipal`,
        principal.keyRange,
      );
    } else principals = readPrincipal(principal, pathKey(path, principal.key), type, diags);
  }

  const condEntry = keys.get("Condition");
  const condition = condEntry ? readCondition(condEntry, `${path}.Condition`, diags) : undefined;

  if (diags.list.length !== before || !effect || !actions) return undefined;
  return {
    index,
    path,
    range: node.range,
    sid,
    effect,
    effectRange: effectEntry?.value.range,
    action: actions,
    resource: resources,
    principal: principals,
    condition,
  };
}

function exactlyOne(
  keys: Map<string, { key: string; keyRange?: import("../types").SourceRange; value: JsonNode }>,
  a: string,
  b: string,
  path: string,
  node: JsonNode,
  diags: Diagnostics,
  required: boolean,
) {
  const ea = keys.get(a);
  const eb = keys.get(b);
  if (ea && eb) {
    diags.add(
      "conflicting-elements",
      `${path} has both ${a} and ${b}; use exactly one`,
      pathKey(path, b),
      eb.keyRange,
    );
    return undefined;
  }
  if (!ea && !eb) {
    if (required)
      diags.add("missing-element", `${path} is missing "${a}" (or "${b}")`, path, node.range);
    return undefined;
  }
  return ea ?? eb;
}
