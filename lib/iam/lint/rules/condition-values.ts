/** Rules about condition values and operator types: does each value fit its operator and key? */
import { readDate } from "../../condition/operators/date";
import { readCidr } from "../../condition/operators/ip";
import { splitOperator } from "../../condition/registry";
import type { Rule } from "../types";
import { clauses, operatorFamily } from "./conditions";

const NUMBER = /^-?\d+(\.\d+)?$/;
const BOOL = /^(true|false)$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function valueProblem(family: string, value: string): string | undefined {
  switch (family) {
    case "Numeric":
      return NUMBER.test(value) ? undefined : "a number such as 10 or 3.5";
    case "Date": {
      return readDateValue(value)
        ? undefined
        : 'a date such as "2026-01-31" or "2026-01-31T12:00:00Z", or epoch seconds';
    }
    case "Bool":
    case "Null":
      return BOOL.test(value) ? undefined : '"true" or "false"';
    case "Ip":
      return validCidr(value)
        ? undefined
        : 'an IP address or CIDR block such as "203.0.113.0/24" or "2001:db8::/32"';
    case "Arn":
      return value.startsWith("arn:") || /^[*?]+$/.test(value) || value.includes("${")
        ? undefined
        : 'an ARN such as "arn:aws:iam::111122223333:role/Admin"';
    case "Binary":
      return BASE64.test(value) ? undefined : "base64-encoded bytes";
    default:
      return undefined;
  }
}

function readDateValue(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m && (Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31))
    return false;
  return readDate(v) !== undefined;
}

function validCidr(v: string): boolean {
  const c = readCidr(v);
  return !!c && (v.includes(":") || /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(v.trim()));
}

export const conditionTypeMismatch: Rule = {
  code: "condition-type-mismatch",
  severity: "error",
  description:
    "A condition value that does not fit its operator (Bool with yes, bad CIDR, bad date, ...).",
  check(ctx, report) {
    for (const [c] of clauses(ctx)) {
      const { operator } = splitOperator(c.operator);
      if (!operator) continue;
      const family = operatorFamily(operator.name);
      for (const v of c.values) {
        const want = valueProblem(family, v.value);
        if (!want) continue;
        report({
          at: v.node,
          path: v.path,
          message: `${operator.name} compares ${want}; ${JSON.stringify(v.value)} is not one, so this test can never be true as written.`,
        });
      }
    }
  },
};

const COMPATIBLE: Record<string, string[]> = {
  String: ["String", "Arn"],
  ARN: ["String", "Arn"],
  Numeric: ["Numeric"],
  Date: ["Date"],
  Bool: ["Bool"],
  IPAddress: ["Ip"],
  Binary: ["Binary"],
};

export const conditionOperatorMismatch: Rule = {
  code: "condition-operator-mismatch",
  severity: "warning",
  description: "An operator of the wrong data type for its key (StringEquals on aws:SourceIp).",
  check(ctx, report) {
    for (const [c] of clauses(ctx)) {
      const { operator } = splitOperator(c.operator);
      const info = ctx.catalog.conditionKey(c.key);
      if (!operator || !info || operator.name === "Null") continue;
      const keyType = info.type.replace(/^ArrayOf/, "");
      const ok = COMPATIBLE[keyType];
      const family = operatorFamily(operator.name);
      if (!ok || ok.includes(family)) continue;
      const suggest = {
        String: "StringEquals",
        ARN: "ArnLike",
        Numeric: "NumericEquals",
        Date: "DateGreaterThan",
        Bool: "Bool",
        IPAddress: "IpAddress",
        Binary: "BinaryEquals",
      }[keyType];
      report({
        at: c.operatorEntry.keyRange,
        path: c.operatorPath,
        message: `"${c.key}" holds ${keyType === "IPAddress" ? "an IP address" : `a ${keyType} value`}, but ${operator.name} compares ${family === "Ip" ? "IP addresses" : `${family} values`}. Use a ${keyType} operator such as ${suggest}.`,
      });
    }
  },
};
