// zlib decompression: a small RFC 1950/1951 decoder of our own. Tokens are a few hundred bytes;
// this reports precisely why a stream is bad, with the same checks as zlib, and keeps
// the compressor out of decoding (small bundle, no 64 KB window allocated per token).

/** Why a zlib stream could not be decompressed. */
export class InflateError extends Error {
  constructor(
    message: string,
    /** `truncated`: the input ended early; `corrupt`: invalid data; `trailing`: bytes after the stream; `too-large`: over the size limit. */
    readonly kind: 'truncated' | 'corrupt' | 'trailing' | 'too-large',
  ) {
    super(message);
    this.name = 'InflateError';
  }
}

// RFC 1951's tables, shared with the compressor (zlib.ts).
/** The order in which code-length code lengths are stored. */
export const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
export const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
export const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
export const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
export const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/** A canonical Huffman code: number of codes per length and the symbols in code order. */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
  /** Lookup by the next TABLE_BITS input bits: (symbol << 4) | length, 0 when the code is longer (or invalid). */
  table: Uint16Array;
}

const TABLE_BITS = 9;

function truncated(): InflateError {
  return new InflateError('the compressed data ends early', 'truncated');
}

function corrupt(message: string): InflateError {
  return new InflateError(message, 'corrupt');
}

/** Reverses the lowest `n` bits of `code`: deflate packs Huffman codes most-significant bit first into a least-significant-first stream. */
export function reverseBits(code: number, n: number): number {
  let r = 0;
  for (; n > 0; n--, code >>= 1) r = (r << 1) | (code & 1);
  return r;
}

/**
 * Builds a canonical code from code lengths, with zlib's rules: over-subscribed codes are
 * invalid; incomplete ones only for a single one-bit code (`allowIncomplete`), never for the
 * code-length code.
 */
function huffman(lengths: ArrayLike<number>, n: number, what: string, allowIncomplete: boolean): Huffman {
  const count = new Uint16Array(16);
  for (let i = 0; i < n; i++) count[lengths[i]]++;
  let max = 15;
  while (max > 0 && count[max] === 0) max--;
  const symbol = new Uint16Array(n);
  const table = new Uint16Array(1 << TABLE_BITS);
  if (max === 0) return {count, symbol, table}; // no codes: any use of it is an invalid code
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = (left << 1) - count[len];
    if (left < 0) throw corrupt(`invalid ${what} code lengths (over-subscribed)`);
  }
  if (left > 0 && (!allowIncomplete || max !== 1)) throw corrupt(`invalid ${what} code lengths (incomplete)`);
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len] + count[len];
  for (let i = 0; i < n; i++) if (lengths[i] !== 0) symbol[offs[lengths[i]]++] = i;
  count[0] = 0;
  // Canonical codes are read most-significant bit first from a least-significant-first stream:
  // index the table by the bit-reversed code, once for every value of the bits that follow it.
  let code = 0;
  let k = 0;
  for (let len = 1; len <= TABLE_BITS; len++, code <<= 1) {
    for (let j = 0; j < count[len]; j++, code++, k++) {
      for (let idx = reverseBits(code, len); idx < table.length; idx += 1 << len) table[idx] = (symbol[k] << 4) | len;
    }
  }
  return {count, symbol, table};
}

/** The code lengths of the fixed literal/length code (RFC 1951 section 3.2.6), for both directions. */
export function fixedLiteralLengths(): Uint8Array {
  return new Uint8Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
}

let fixed: {lit: Huffman; dist: Huffman} | undefined;
function fixedCodes(): {lit: Huffman; dist: Huffman} {
  if (!fixed) {
    // 32 distance codes of 5 bits, so that the unused codes 30 and 31 decode (and are rejected).
    fixed = {lit: huffman(fixedLiteralLengths(), 288, 'literal/length', false), dist: huffman(new Uint8Array(32).fill(5), 32, 'distance', false)};
  }
  return fixed;
}

/** Adler-32 checksum (zlib's trailer). */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * Decompresses a zlib stream (RFC 1950 wrapper around RFC 1951 deflate), checking the header,
 * every block and the Adler-32 trailer. Throws InflateError; output is capped at `maxOutput`.
 * The state of one decompression lives in local variables, as in zlibCompress.
 */
export function zlibDecompress(input: Uint8Array, maxOutput = 1 << 20): Uint8Array {
  let pos = 2;
  let bitBuf = 0;
  let bitCnt = 0;
  let out = new Uint8Array(Math.max(256, input.length * 4));
  let outLen = 0;

  const bits = (need: number): number => {
    while (bitCnt < need) {
      if (pos >= input.length) throw truncated();
      bitBuf |= input[pos++] << bitCnt;
      bitCnt += 8;
    }
    const v = bitBuf & ((1 << need) - 1);
    bitBuf >>>= need;
    bitCnt -= need;
    return v;
  };

  // Skips to the next byte boundary, giving back whole bytes that were read ahead.
  const align = (): void => {
    pos -= bitCnt >> 3;
    bitBuf = bitCnt = 0;
  };

  const ensure = (extra: number): void => {
    if (outLen + extra <= out.length) return;
    if (outLen + extra > maxOutput) throw new InflateError(`the data expands to more than ${maxOutput} bytes`, 'too-large');
    let size = out.length * 2;
    while (size < outLen + extra) size *= 2;
    const next = new Uint8Array(Math.min(size, maxOutput));
    next.set(out.subarray(0, outLen));
    out = next;
  };

  const decode = (h: Huffman, what: string): number => {
    while (bitCnt < TABLE_BITS && pos < input.length) {
      bitBuf |= input[pos++] << bitCnt;
      bitCnt += 8;
    }
    const entry = h.table[bitBuf & ((1 << TABLE_BITS) - 1)];
    if (entry !== 0 && (entry & 15) <= bitCnt) {
      bitBuf >>>= entry & 15;
      bitCnt -= entry & 15;
      return entry >> 4;
    }
    // Longer codes, invalid codes and the very end of the input: one bit at a time.
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= 15; len++) {
      code |= bits(1);
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw corrupt(`invalid ${what} code`);
  };

  // Reads the code lengths of a dynamic block and builds its two codes.
  const dynamicCodes = (): {lit: Huffman; dist: Huffman} => {
    const nlen = bits(5) + 257;
    const ndist = bits(5) + 1;
    const ncode = bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw corrupt('too many length or distance symbols');
    const lengths = new Uint8Array(320);
    for (let i = 0; i < ncode; i++) lengths[ORDER[i]] = bits(3);
    const codeCode = huffman(lengths, 19, 'code length', false);
    lengths.fill(0, 0, 19);
    for (let i = 0; i < nlen + ndist; ) {
      const sym = decode(codeCode, 'code length');
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (sym === 16) {
        if (i === 0) throw corrupt('invalid bit length repeat');
        value = lengths[i - 1];
        repeat = 3 + bits(2);
      } else if (sym === 17) {
        repeat = 3 + bits(3);
      } else {
        repeat = 11 + bits(7);
      }
      if (i + repeat > nlen + ndist) throw corrupt('invalid bit length repeat');
      while (repeat--) lengths[i++] = value;
    }
    if (lengths[256] === 0) throw corrupt('invalid code: missing end-of-block');
    return {lit: huffman(lengths, nlen, 'literal/length', true), dist: huffman(lengths.subarray(nlen), ndist, 'distance', true)};
  };

  if (input.length < 2) throw truncated();
  const cmf = input[0];
  const flg = input[1];
  if (((cmf << 8) | flg) % 31 !== 0) throw corrupt('incorrect header check');
  if ((cmf & 15) !== 8) throw corrupt('unknown compression method');
  if (cmf >> 4 > 7) throw corrupt('invalid window size');
  if (flg & 0x20) throw corrupt('a preset dictionary is required');

  for (let last = 0; !last; ) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      align();
      if (pos + 4 > input.length) throw truncated();
      const len = input[pos] | (input[pos + 1] << 8);
      const nlen = input[pos + 2] | (input[pos + 3] << 8);
      if (len !== (~nlen & 0xffff)) throw corrupt('invalid stored block lengths');
      pos += 4;
      if (pos + len > input.length) throw truncated();
      ensure(len);
      out.set(input.subarray(pos, pos + len), outLen);
      outLen += len;
      pos += len;
      continue;
    }
    if (type === 3) throw corrupt('invalid block type');
    const {lit, dist} = type === 1 ? fixedCodes() : dynamicCodes();
    for (;;) {
      const sym = decode(lit, 'literal/length');
      if (sym < 256) {
        ensure(1);
        out[outLen++] = sym;
      } else if (sym === 256) {
        break;
      } else {
        const li = sym - 257;
        if (li >= 29) throw corrupt('invalid literal/length code');
        const len = LEN_BASE[li] + bits(LEN_EXTRA[li]);
        const di = decode(dist, 'distance');
        if (di >= 30) throw corrupt('invalid distance code');
        const d = DIST_BASE[di] + bits(DIST_EXTRA[di]);
        if (d > outLen) throw corrupt('invalid distance too far back');
        ensure(len);
        for (let k = 0; k < len; k++, outLen++) out[outLen] = out[outLen - d];
      }
    }
  }
  // The Adler-32 trailer starts at the next byte boundary.
  align();
  if (pos + 4 > input.length) throw truncated();
  const expected = ((input[pos] << 24) | (input[pos + 1] << 16) | (input[pos + 2] << 8) | input[pos + 3]) >>> 0;
  const result = out.slice(0, outLen);
  if (adler32(result) !== expected) throw corrupt('incorrect data check (Adler-32 mismatch)');
  if (pos + 4 < input.length) throw new InflateError(`${input.length - pos - 4} extra byte(s) after the end of the compressed data`, 'trailing');
  return result;
}
