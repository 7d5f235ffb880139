/**
 * Deterministic ids and dates: the same scenario and the same operations always produce the same
 * ids, keys and timestamps, so outputs are testable.
 */
import type { AccountState } from "./state";

/** The simulated "now" of a fresh state: 2026-05-10T09:15:30Z. */
export const START_CLOCK = Date.UTC(2026, 4, 10, 9, 15, 30);
/** Entities of the scenario were created a week before the simulation starts. */
export const SCENARIO_AGE_MS = 7 * 24 * 3600 * 1000;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX = "0123456789abcdef";

/** FNV-1a hash of a string (32-bit). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(seed: number, alphabet: string, length: number): string {
  const next = mulberry32(seed);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** Kinds of generated strings. */
export type IdKind = "iam" | "secret" | "hex";

/**
 * The next generated string (advances `state.counter`; call it on a draft state only):
 * `iam` ids look like `AIDA` + 17 base32 characters, `secret` is base64-like, `hex` lowercase hex.
 */
export function nextId(state: AccountState, prefix: string, length: number, kind: IdKind = "iam") {
  state.counter += 1;
  const seed = (state.seed ^ Math.imul(state.counter, 0x9e3779b9)) >>> 0;
  const alphabet = kind === "iam" ? BASE32 : kind === "secret" ? BASE64 : HEX;
  return prefix + draw(seed, alphabet, length);
}

/** An id derived from a fixed label (for scenario entities, stable whatever else exists). */
export function stableId(seed: number, label: string, prefix: string, length: number): string {
  return prefix + draw((seed ^ hashString(label)) >>> 0, BASE32, length);
}

/** An ISO timestamp as the CLI v2 prints it: `2026-05-10T09:15:30+00:00`. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+00:00");
}

/** The state's current time as a CLI v2 timestamp. */
export function now(state: AccountState): string {
  return isoDate(state.clock);
}
