import { describe, expect, it } from "vitest";
import { CONDITION_OPERATORS } from "../registry";

/** Positive test of one request value against one policy value. */
function m(op: string, request: string, policy: string): boolean {
  const o = CONDITION_OPERATORS[op];
  const c = o.compile(policy);
  return c !== undefined && o.matches(request, c);
}

describe("condition operators", () => {
  it("given the registry, then it holds all 27 operators, negated ones flagged", () => {
    expect(Object.keys(CONDITION_OPERATORS)).toHaveLength(27);
    const negated = Object.values(CONDITION_OPERATORS)
      .filter((o) => o.negated)
      .map((o) => o.name);
    expect(negated.sort()).toEqual(
      [
        "ArnNotEquals",
        "ArnNotLike",
        "DateNotEquals",
        "NotIpAddress",
        "NumericNotEquals",
        "StringNotEquals",
        "StringNotEqualsIgnoreCase",
        "StringNotLike",
      ].sort(),
    );
  });

  it("COND-STR-1: given StringEquals, then it is exact and case-sensitive with * literal", () => {
    expect(m("StringEquals", "dev", "dev")).toBe(true);
    expect(m("StringEquals", "Dev", "dev")).toBe(false);
    expect(m("StringEquals", "dev", "d*")).toBe(false);
  });

  it("COND-STR-3: given the IgnoreCase operators, then case is ignored", () => {
    expect(m("StringEqualsIgnoreCase", "DEV", "dev")).toBe(true);
    expect(m("StringNotEqualsIgnoreCase", "DEV", "dev")).toBe(true);
  });

  it("COND-STR-4: given StringLike, then * and ? are wildcards matched case-sensitively", () => {
    expect(m("StringLike", "home/alice/x", "home/*")).toBe(true);
    expect(m("StringLike", "Home/alice", "home/*")).toBe(false);
    expect(m("StringNotLike", "abc", "a?c")).toBe(true);
  });

  it("COND-NUM-1/COND-NUM-2: given numeric operators, then numbers compare as numbers and text never matches", () => {
    expect(m("NumericEquals", "10", "10.0")).toBe(true);
    expect(m("NumericLessThan", "9", "10")).toBe(true);
    expect(m("NumericLessThanEquals", "10", "10")).toBe(true);
    expect(m("NumericGreaterThan", "11", "10")).toBe(true);
    expect(m("NumericGreaterThanEquals", "9", "10")).toBe(false);
    expect(m("NumericEquals", "ten", "10")).toBe(false);
  });

  it("COND-DATE-1: given date operators, then ISO dates and epoch seconds compare as instants", () => {
    expect(m("DateEquals", "2026-01-01T00:00:00Z", "1767225600")).toBe(true);
    expect(m("DateLessThan", "2025-12-31T23:59:59Z", "2026-01-01T00:00:00Z")).toBe(true);
    expect(m("DateGreaterThan", "2026-06-01", "2026-01-01T00:00:00Z")).toBe(true);
    expect(m("DateGreaterThanEquals", "not a date", "2026-01-01")).toBe(false);
    expect(m("DateLessThanEquals", "2026-01-01T00:00:00+01:00", "2026-01-01T00:00:00Z")).toBe(true);
  });

  it("COND-BOOL-1/COND-BIN-1: given Bool and BinaryEquals, then values compare as booleans and exact text", () => {
    expect(m("Bool", "TRUE", "true")).toBe(true);
    expect(m("Bool", "false", "true")).toBe(false);
    expect(m("BinaryEquals", "QmluYXJ5", "QmluYXJ5")).toBe(true);
  });

  it("COND-IP-1/COND-IP-3: given IpAddress, then IPv4 and IPv6 addresses are tested against CIDR blocks", () => {
    expect(m("IpAddress", "203.0.113.7", "203.0.113.0/24")).toBe(true);
    expect(m("IpAddress", "203.0.114.7", "203.0.113.0/24")).toBe(false);
    expect(m("IpAddress", "10.1.2.3", "10.1.2.3")).toBe(true);
    expect(m("IpAddress", "2001:db8::1", "2001:db8::/32")).toBe(true);
    expect(m("IpAddress", "2001:db9::1", "2001:db8::/32")).toBe(false);
    expect(m("IpAddress", "::ffff:10.0.0.1", "::ffff:10.0.0.0/120")).toBe(true);
    expect(m("IpAddress", "not-an-ip", "0.0.0.0/0")).toBe(false);
    expect(m("IpAddress", "10.0.0.1", "2001:db8::/32")).toBe(false);
    expect(CONDITION_OPERATORS.IpAddress.compile("10.0.0.0/33")).toBeUndefined();
  });

  it("COND-ARN-1: given ArnLike, then the parts are matched one by one", () => {
    expect(m("ArnLike", "arn:aws:iam::1:role/OrgAdmin", "arn:aws:iam::*:role/Org*")).toBe(true);
    expect(m("ArnEquals", "arn:aws:sns:us-east-1:1:t", "arn:aws:sns:us-east-1:1:t")).toBe(true);
  });
});
