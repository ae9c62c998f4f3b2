// SHA-256, HMAC-SHA256 and MD5 in plain TypeScript. Tokens need only a few short messages per
// operation; a small dedicated implementation keeps the browser bundle small and fast in every
// runtime. Checked against node:crypto in tests/unit/token/hash.test.ts.

// Round constants: the first 32 bits of the fractional parts of the cube roots of the first
// 64 primes (computed rather than listed; the tests compare every digest with node:crypto).
const K256 = new Int32Array(64);
for (let n = 2, i = 0; i < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (prime) {
    const root = Math.cbrt(n);
    K256[i++] = Math.floor((root - Math.floor(root)) * 4294967296) | 0;
  }
}
const W = new Int32Array(64);

function compress256(h: Int32Array, block: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++, at += 4) W[i] = (block[at] << 24) | (block[at + 1] << 16) | (block[at + 2] << 8) | block[at + 3];
  for (let i = 16; i < 64; i++) {
    const a = W[i - 15];
    const b = W[i - 2];
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K256[i] + W[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + k) | 0;
}

/** SHA-256 of the concatenation of `parts` (no copy of the parts is made). */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const buf = new Uint8Array(64);
  let fill = 0;
  let total = 0;
  for (const p of parts) {
    total += p.length;
    let i = 0;
    if (fill > 0) {
      const n = Math.min(64 - fill, p.length);
      buf.set(p.subarray(0, n), fill);
      fill += n;
      i = n;
      if (fill === 64) {
        compress256(h, buf, 0);
        fill = 0;
      }
    }
    for (; i + 64 <= p.length; i += 64) compress256(h, p, i);
    if (i < p.length) {
      buf.set(p.subarray(i), 0);
      fill = p.length - i;
    }
  }
  buf.fill(0, fill);
  buf[fill] = 0x80;
  if (fill >= 56) {
    compress256(h, buf, 0);
    buf.fill(0);
  }
  const bitsHigh = Math.floor(total / 0x20000000);
  const bitsLow = (total << 3) >>> 0;
  buf[56] = bitsHigh >>> 24;
  buf[57] = bitsHigh >>> 16;
  buf[58] = bitsHigh >>> 8;
  buf[59] = bitsHigh;
  buf[60] = bitsLow >>> 24;
  buf[61] = bitsLow >>> 16;
  buf[62] = bitsLow >>> 8;
  buf[63] = bitsLow;
  compress256(h, buf, 0);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    out[i * 4] = h[i] >>> 24;
    out[i * 4 + 1] = h[i] >>> 16;
    out[i * 4 + 2] = h[i] >>> 8;
    out[i * 4 + 3] = h[i];
  }
  return out;
}

/** HMAC-SHA256(key, concatenation of `message`). */
export function hmacSha256(key: Uint8Array, ...message: Uint8Array[]): Uint8Array {
  const k = new Uint8Array(64);
  k.set(key.length > 64 ? sha256(key) : key);
  const pad = new Uint8Array(64);
  for (let i = 0; i < 64; i++) pad[i] = k[i] ^ 0x36;
  const inner = sha256(pad, ...message);
  for (let i = 0; i < 64; i++) pad[i] = k[i] ^ 0x5c;
  return sha256(pad, inner);
}

const S_MD5 = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
let kMd5: Int32Array | undefined;

/** MD5 digest (for APaaS, which derives the Chat user id as md5(userUuid)). */
export function md5(data: Uint8Array): Uint8Array {
  if (!kMd5) {
    kMd5 = new Int32Array(64);
    for (let i = 0; i < 64; i++) kMd5[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  }
  const K = kMd5;
  const n = ((data.length + 8) >>> 6) + 1;
  const msg = new Uint8Array(n * 64);
  msg.set(data);
  msg[data.length] = 0x80;
  const bits = data.length * 8;
  const end = n * 64 - 8;
  for (let i = 0; i < 4; i++) msg[end + i] = (bits >>> (8 * i)) & 0xff;
  const high = Math.floor(data.length / 0x20000000);
  for (let i = 0; i < 4; i++) msg[end + 4 + i] = (high >>> (8 * i)) & 0xff;
  let h0 = 0x67452301, h1 = 0xefcdab89 | 0, h2 = 0x98badcfe | 0, h3 = 0x10325476;
  const M = new Int32Array(16);
  for (let blk = 0; blk < n; blk++) {
    for (let i = 0; i < 16; i++) {
      const o = blk * 64 + i * 4;
      M[i] = msg[o] | (msg[o + 1] << 8) | (msg[o + 2] << 16) | (msg[o + 3] << 24);
    }
    let a = h0, b = h1, c = h2, d = h3;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const s = S_MD5[((i >> 4) << 2) | (i & 3)];
      const x = (a + f + K[i] + M[g]) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
  }
  const out = new Uint8Array(16);
  [h0, h1, h2, h3].forEach((h, i) => {
    for (let j = 0; j < 4; j++) out[i * 4 + j] = (h >>> (8 * j)) & 0xff;
  });
  return out;
}
