/** Plain-language documentation of the condition operators, for completion and hover. */

const FAMILY_DOCS: [RegExp, string][] = [
  [/^String(Not)?Equals$/, "Exact, case-sensitive string comparison."],
  [/^String(Not)?EqualsIgnoreCase$/, "String comparison that ignores case."],
  [/^String(Not)?Like$/, "Case-sensitive match where `*` and `?` are wildcards."],
  [/^Numeric/, "Compares numbers (integers or decimals)."],
  [/^Date/, "Compares dates: ISO 8601 (`2026-01-31T00:00:00Z`) or epoch seconds."],
  [
    /^Bool$/,
    'Compares `"true"` or `"false"` (e.g. `aws:SecureTransport`, `aws:MultiFactorAuthPresent`).',
  ],
  [/^BinaryEquals$/, "Compares base64-encoded binary values byte for byte."],
  [/^(Not)?IpAddress$/, "Matches IPv4 or IPv6 addresses against CIDR ranges (`203.0.113.0/24`)."],
  [
    /^Arn(Not)?Equals$/,
    "Compares ARNs segment by segment; `*` and `?` are wildcards within a segment.",
  ],
  [
    /^Arn(Not)?Like$/,
    "Compares ARNs segment by segment; `*` and `?` are wildcards within a segment.",
  ],
  [/^Null$/, '`"true"`: the key must be absent from the request; `"false"`: it must be present.'],
];

/** Which condition key types fit an operator family (for ranking key suggestions). */
export function keyTypesForOperator(operator: string): string[] {
  const base = baseOperatorName(operator);
  if (base.startsWith("String")) return ["String", "ArrayOfString"];
  if (base.startsWith("Numeric")) return ["Numeric", "ArrayOfNumeric"];
  if (base.startsWith("Date")) return ["Date", "ArrayOfDate"];
  if (base === "Bool") return ["Bool", "ArrayOfBool"];
  if (base.endsWith("IpAddress")) return ["IPAddress"];
  if (base.startsWith("Arn")) return ["ARN", "ArrayOfARN"];
  if (base === "BinaryEquals") return ["Binary"];
  return [];
}

/** `ForAnyValue:StringLikeIfExists` -> `StringLike`. */
export function baseOperatorName(operator: string): string {
  return operator.replace(/^For(All|Any)Values?:/, "").replace(/IfExists$/, "");
}

/** Markdown explaining an operator as written, prefixes and `IfExists` included. */
export function describeOperator(operator: string): string | undefined {
  const base = baseOperatorName(operator);
  const family = FAMILY_DOCS.find(([re]) => re.test(base));
  if (!family) return undefined;
  const parts = [family[1]];
  if (/Not/.test(base) && base !== "Null") {
    parts.push("Negated: true when no value matches, and also when the key is missing.");
  }
  if (operator.endsWith("IfExists"))
    parts.push("`IfExists`: also true when the key is missing from the request.");
  if (operator.startsWith("ForAllValues:")) {
    parts.push(
      "`ForAllValues:` every request value must match a policy value; also true when the key is missing or empty. Use with multi-valued keys.",
    );
  }
  if (operator.startsWith("ForAnyValue:")) {
    parts.push(
      "`ForAnyValue:` at least one request value must match; false when the key is missing.",
    );
  }
  return parts.join("\n\n");
}
