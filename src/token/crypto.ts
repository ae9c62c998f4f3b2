// Primitives around the hashes: MD5 as hex (APaaS chat user id), CRC-32 (006 tokens), a
// constant-time comparison and a cryptographically random salt. All synchronous, so the engine
// has the same API in browsers, workers and Node.
import {toHex, utf8} from './bytes';
import {hmacSha256, md5} from './hash';

export {hmacSha256};

/** Lower-case hex MD5 of a string's UTF-8 bytes (what the `md5` npm package returns). */
export function md5Hex(text: string): string {
  return toHex(md5(utf8(text)));
}

/** Compares two byte arrays in time that depends only on their lengths. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE, as zlib and the `crc-32` package compute it) of a string's UTF-8 bytes, unsigned. */
export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const bytes = utf8(text);
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A random salt from the platform's CSPRNG, in 1..99999999 like the Node, Python, Go and PHP
 * builders (the rejection step keeps the distribution uniform).
 */
export function randomSalt(): number {
  const c = (globalThis as {crypto?: {getRandomValues?: (a: Uint32Array) => Uint32Array}}).crypto;
  if (!c || typeof c.getRandomValues !== 'function') {
    throw new Error('No cryptographically secure random source (globalThis.crypto.getRandomValues) is available; pass an explicit salt.');
  }
  const word = new Uint32Array(1);
  const limit = 4294967296 - (4294967296 % 99999999);
  for (;;) {
    c.getRandomValues(word);
    if (word[0] < limit) return (word[0] % 99999999) + 1;
  }
}

/** The current Unix time in whole seconds. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
