// SHA-256, HMAC-SHA256 and MD5 from @noble/hashes, an audited, synchronous implementation that
// runs in browsers, workers and Node alike, so the engine's API stays synchronous. These
// wrappers only let the callers hash several parts without concatenating them first.
// Checked against node:crypto in tests/unit/token/hash.test.ts.
import {hmac} from '@noble/hashes/hmac.js';
import {md5 as nobleMd5} from '@noble/hashes/legacy.js';
import {sha256 as nobleSha256} from '@noble/hashes/sha2.js';

/** SHA-256 of the concatenation of `parts` (no copy of the parts is made). */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = nobleSha256.create();
  for (const p of parts) h.update(p);
  return h.digest();
}

/** HMAC-SHA256(key, concatenation of `message`). */
export function hmacSha256(key: Uint8Array, ...message: Uint8Array[]): Uint8Array {
  const h = hmac.create(nobleSha256, key);
  for (const p of message) h.update(p);
  return h.digest();
}

/** MD5 digest (for APaaS, which derives the Chat user id as md5(userUuid)). */
export function md5(data: Uint8Array): Uint8Array {
  return nobleMd5(data);
}
