// The 007 signing key, shared by the builders and the verifier (kept apart from builders.ts so
// that decoding and verifying never pull in the compressor).
import {utf8} from './bytes';
import {hmacSha256} from './crypto';

function u32le(value: number): Uint8Array {
  return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]);
}

/** k2 = HMAC(u32le(salt), HMAC(u32le(issueTs), certificate as text)): the key that signs signingInfo. */
export function signingKey(certificate: string, issueTs: number, salt: number): Uint8Array {
  return hmacSha256(u32le(salt), hmacSha256(u32le(issueTs), utf8(certificate)));
}
