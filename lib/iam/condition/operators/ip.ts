/** `IpAddress` and `NotIpAddress`: IPv4 and IPv6 addresses against CIDR blocks. */
import { CompileCache } from "../../wildcard/cache";
import type { ConditionOperator } from "../operator";

/** A CIDR block: address bytes (4 or 16) and prefix length. */
export interface Cidr {
  bytes: number[];
  prefix: number;
}

/** Reads an IPv4 address to 4 bytes; undefined when malformed. */
export function readIpv4(s: string): number[] | undefined {
  const parts = s.split(".");
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

/** Reads an IPv6 address (with `::` and an optional trailing IPv4) to 16 bytes. */
export function readIpv6(s: string): number[] | undefined {
  if (!s.includes(":")) return undefined;
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const groups = (h: string): number[] | undefined => {
    if (h === "") return [];
    const out: number[] = [];
    const items = h.split(":");
    for (let i = 0; i < items.length; i++) {
      const g = items[i];
      if (i === items.length - 1 && g.includes(".")) {
        const v4 = readIpv4(g);
        if (!v4) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const words = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  const bytes: number[] = [];
  for (const w of words) bytes.push(w >> 8, w & 255);
  return bytes;
}

/** Reads an address to bytes (IPv4: 4, IPv6: 16). */
export function readIp(s: string): number[] | undefined {
  const t = s.trim();
  return t.includes(":") ? readIpv6(t) : readIpv4(t);
}

/** Reads a CIDR block (`10.0.0.0/8`, `2001:db8::/32`, or a bare address). */
export function readCidr(s: string): Cidr | undefined {
  const t = s.trim();
  const slash = t.indexOf("/");
  const bytes = readIp(slash < 0 ? t : t.slice(0, slash));
  if (!bytes) return undefined;
  const max = bytes.length * 8;
  if (slash < 0) return { bytes, prefix: max };
  const ps = t.slice(slash + 1);
  if (!/^\d{1,3}$/.test(ps)) return undefined;
  const prefix = Number(ps);
  return prefix <= max ? { bytes, prefix } : undefined;
}

/** True when the address bytes fall inside the block (same family only). */
export function inCidr(addr: readonly number[], cidr: Cidr): boolean {
  if (addr.length !== cidr.bytes.length) return false;
  let bits = cidr.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 255 : (0xff << (8 - bits)) & 255;
    if ((addr[i] & mask) !== (cidr.bytes[i] & mask)) return false;
  }
  return true;
}

/** Request addresses already read (`null` for malformed ones): the same values recur. */
const requestAddresses = new CompileCache<readonly number[] | null>(1000);

/** `readIp`, memoised by text (the result must not be modified). */
function readRequestIp(s: string): readonly number[] | null {
  let a = requestAddresses.get(s);
  if (a === undefined) a = requestAddresses.set(s, readIp(s) ?? null);
  return a;
}

function ip(name: string, negated: boolean): ConditionOperator {
  return {
    name,
    negated,
    variables: false,
    wildcards: false,
    compile: readCidr,
    matches(r, p) {
      const a = readRequestIp(r);
      return a !== null && inCidr(a, p as Cidr);
    },
  };
}

/** `IpAddress`: the request address is inside one of the blocks. */
export const IpAddress = ip("IpAddress", false);
/** `NotIpAddress`: the request address is inside none of the blocks. */
export const NotIpAddress = ip("NotIpAddress", true);
