/**
 * Front door of challenge links: a lesson document travels in the URL fragment as
 * `/challenge#v1.<base64url(deflate(JSON))>`, with size limits on both sides.
 */
export {
  encodeChallenge,
  decodeChallenge,
  challengeUrl,
  ChallengeError,
  CHALLENGE_VERSION,
  CHALLENGE_PATH,
  MAX_FRAGMENT_LENGTH,
  MAX_INFLATED_BYTES,
} from "./challenge";
export type { DecodeResult } from "./challenge";
export { toBase64Url, fromBase64Url } from "./base64url";
