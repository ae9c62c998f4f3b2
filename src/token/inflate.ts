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
    if (left < 0) throw new InflateError(`invalid ${what} code lengths (over-subscribed)`, 'corrupt');
  }
  if (left > 0 && (!allowIncomplete || max !== 1)) throw new InflateError(`invalid ${what} code lengths (incomplete)`, 'corrupt');
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

function truncated(): InflateError {
  return new InflateError('the compressed data ends early', 'truncated');
}

/** State of one decompression: input position, bit buffer and growing output. */
class Inflater {
  pos = 0;
  bitBuf = 0;
  bitCnt = 0;
  out: Uint8Array;
  outLen = 0;

  constructor(
    readonly input: Uint8Array,
    readonly maxOutput: number,
  ) {
    this.out = new Uint8Array(Math.max(256, input.length * 4));
  }

  bits(need: number): number {
    while (this.bitCnt < need) {
      if (this.pos >= this.input.length) throw truncated();
      this.bitBuf |= this.input[this.pos++] << this.bitCnt;
      this.bitCnt += 8;
    }
    const v = this.bitBuf & ((1 << need) - 1);
    this.bitBuf >>>= need;
    this.bitCnt -= need;
    return v;
  }

  /** Skips to the next byte boundary, giving back whole bytes that were read ahead. */
  align(): void {
    this.pos -= this.bitCnt >> 3;
    this.bitBuf = 0;
    this.bitCnt = 0;
  }

  ensure(extra: number): void {
    if (this.outLen + extra <= this.out.length) return;
    if (this.outLen + extra > this.maxOutput) throw new InflateError(`the data expands to more than ${this.maxOutput} bytes`, 'too-large');
    let size = this.out.length * 2;
    while (size < this.outLen + extra) size *= 2;
    const next = new Uint8Array(Math.min(size, this.maxOutput));
    next.set(this.out.subarray(0, this.outLen));
    this.out = next;
  }

  decode(h: Huffman, what: string): number {
    while (this.bitCnt < TABLE_BITS && this.pos < this.input.length) {
      this.bitBuf |= this.input[this.pos++] << this.bitCnt;
      this.bitCnt += 8;
    }
    const entry = h.table[this.bitBuf & ((1 << TABLE_BITS) - 1)];
    if (entry !== 0 && (entry & 15) <= this.bitCnt) {
      this.bitBuf >>>= entry & 15;
      this.bitCnt -= entry & 15;
      return entry >> 4;
    }
    // Longer codes, invalid codes and the very end of the input: one bit at a time.
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= 15; len++) {
      code |= this.bits(1);
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError(`invalid ${what} code`, 'corrupt');
  }

  /** Reads the code lengths of a dynamic block and builds its two codes. */
  dynamicCodes(): {lit: Huffman; dist: Huffman} {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('too many length or distance symbols', 'corrupt');
    const lengths = new Uint8Array(320);
    for (let i = 0; i < ncode; i++) lengths[ORDER[i]] = this.bits(3);
    const codeCode = huffman(lengths, 19, 'code length', false);
    lengths.fill(0, 0, 19);
    for (let i = 0; i < nlen + ndist; ) {
      const sym = this.decode(codeCode, 'code length');
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (sym === 16) {
        if (i === 0) throw new InflateError('invalid bit length repeat', 'corrupt');
        value = lengths[i - 1];
        repeat = 3 + this.bits(2);
      } else if (sym === 17) {
        repeat = 3 + this.bits(3);
      } else {
        repeat = 11 + this.bits(7);
      }
      if (i + repeat > nlen + ndist) throw new InflateError('invalid bit length repeat', 'corrupt');
      while (repeat--) lengths[i++] = value;
    }
    if (lengths[256] === 0) throw new InflateError('invalid code: missing end-of-block', 'corrupt');
    return {lit: huffman(lengths, nlen, 'literal/length', true), dist: huffman(lengths.subarray(nlen), ndist, 'distance', true)};
  }

  run(): Uint8Array {
    const input = this.input;
    if (input.length < 2) throw truncated();
    const cmf = input[0];
    const flg = input[1];
    this.pos = 2;
    if (((cmf << 8) | flg) % 31 !== 0) throw new InflateError('incorrect header check', 'corrupt');
    if ((cmf & 15) !== 8) throw new InflateError('unknown compression method', 'corrupt');
    if (cmf >> 4 > 7) throw new InflateError('invalid window size', 'corrupt');
    if (flg & 0x20) throw new InflateError('a preset dictionary is required', 'corrupt');

    for (let last = 0; !last; ) {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) {
        this.align();
        const pos = this.pos;
        if (pos + 4 > input.length) throw truncated();
        const len = input[pos] | (input[pos + 1] << 8);
        const nlen = input[pos + 2] | (input[pos + 3] << 8);
        if (len !== (~nlen & 0xffff)) throw new InflateError('invalid stored block lengths', 'corrupt');
        if (pos + 4 + len > input.length) throw truncated();
        this.ensure(len);
        this.out.set(input.subarray(pos + 4, pos + 4 + len), this.outLen);
        this.outLen += len;
        this.pos = pos + 4 + len;
        continue;
      }
      if (type === 3) throw new InflateError('invalid block type', 'corrupt');
      const {lit, dist} = type === 1 ? fixedCodes() : this.dynamicCodes();
      for (;;) {
        const sym = this.decode(lit, 'literal/length');
        if (sym < 256) {
          this.ensure(1);
          this.out[this.outLen++] = sym;
        } else if (sym === 256) {
          break;
        } else {
          const li = sym - 257;
          if (li >= 29) throw new InflateError('invalid literal/length code', 'corrupt');
          const len = LEN_BASE[li] + this.bits(LEN_EXTRA[li]);
          const di = this.decode(dist, 'distance');
          if (di >= 30) throw new InflateError('invalid distance code', 'corrupt');
          const d = DIST_BASE[di] + this.bits(DIST_EXTRA[di]);
          if (d > this.outLen) throw new InflateError('invalid distance too far back', 'corrupt');
          this.ensure(len);
          const out = this.out;
          for (let k = 0, at = this.outLen; k < len; k++, at++) out[at] = out[at - d];
          this.outLen += len;
        }
      }
    }
    // The Adler-32 trailer starts at the next byte boundary.
    this.align();
    const pos = this.pos;
    if (pos + 4 > input.length) throw truncated();
    const expected = ((input[pos] << 24) | (input[pos + 1] << 16) | (input[pos + 2] << 8) | input[pos + 3]) >>> 0;
    const result = this.out.slice(0, this.outLen);
    if (adler32(result) !== expected) throw new InflateError('incorrect data check (Adler-32 mismatch)', 'corrupt');
    if (pos + 4 < input.length) throw new InflateError(`${input.length - pos - 4} extra byte(s) after the end of the compressed data`, 'trailing');
    return result;
  }
}

/**
 * Decompresses a zlib stream (RFC 1950 wrapper around RFC 1951 deflate), checking the header,
 * every block and the Adler-32 trailer. Throws InflateError; output is capped at `maxOutput`.
 */
export function zlibDecompress(input: Uint8Array, maxOutput = 1 << 20): Uint8Array {
  return new Inflater(input, maxOutput).run();
}
