// zlib compression for tokens: our own deflate, doing exactly what zlib does at its default
// settings (level 6, 32 KB window, memLevel 8, default strategy), so that it writes the same
// bytes as Node's `zlib.deflateSync(input)` and so the same tokens as Agora's builders. Only
// that one configuration is implemented (lazy matching, dynamic/fixed/stored blocks), which keeps
// it a fraction of a general-purpose compressor's size. Decompression lives in inflate.ts, so
// decoding never pulls in the compressor. Checked byte for byte against Node's zlib in
// tests/unit/token/zlib.test.ts (and, through every builder, against agora-token).
import {adler32, DIST_BASE, DIST_EXTRA, fixedLiteralLengths, LEN_BASE, LEN_EXTRA, ORDER, reverseBits} from './inflate';

const WSIZE = 32768; // 2^15, the window size
const WMASK = WSIZE - 1;
const WINDOW_SIZE = 2 * WSIZE;
const HASH_SIZE = 32768; // memLevel 8 gives 15 hash bits
const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const MAX_DIST = WSIZE - MIN_LOOKAHEAD;
const TOO_FAR = 4096; // a 3-byte match further back than this is not worth it
// Level 6: zlib's configuration table entry.
const GOOD_LENGTH = 8;
const MAX_LAZY = 16;
const NICE_LENGTH = 128;
const MAX_CHAIN = 128;
// A block ends when its symbol buffer is full: memLevel 8 gives 2^14 entries, one kept spare.
const MAX_SYMBOLS = (1 << 14) - 1;
const L_CODES = 286;
const D_CODES = 30;
const BL_CODES = 19;
const HEAP_SIZE = 2 * L_CODES + 1;
const END_BLOCK = 256;

/** One Huffman tree's inputs and outputs (zlib's tree_desc). */
interface Tree {
  freq: Uint32Array;
  len: Uint16Array;
  code: Uint16Array;
  maxCode: number;
}

function newTree(): Tree {
  return {freq: new Uint32Array(HEAP_SIZE), len: new Uint16Array(HEAP_SIZE), code: new Uint16Array(HEAP_SIZE), maxCode: 0};
}

/** Canonical codes from code lengths (zlib's gen_codes), already bit-reversed for sending. */
function assignCodes(t: Tree, count: Uint16Array): void {
  const next = new Uint16Array(16);
  for (let bits = 1, code = 0; bits <= 15; bits++) next[bits] = code = (code + count[bits - 1]) << 1;
  for (let n = 0; n <= t.maxCode; n++) if (t.len[n]) t.code[n] = reverseBits(next[t.len[n]]++, t.len[n]);
}

let fixedTrees: {lit: Tree; dist: Tree} | undefined;

/** The fixed literal/length and distance codes of RFC 1951 section 3.2.6, built on first use. */
function fixed(): {lit: Tree; dist: Tree} {
  if (!fixedTrees) {
    const lit = newTree();
    lit.len.set(fixedLiteralLengths());
    lit.maxCode = 287;
    assignCodes(lit, Uint16Array.of(0, 0, 0, 0, 0, 0, 0, 24, 152, 112));
    const dist = newTree();
    dist.len.fill(5, 0, D_CODES);
    dist.maxCode = D_CODES - 1;
    assignCodes(dist, Uint16Array.of(0, 0, 0, 0, 0, D_CODES));
    fixedTrees = {lit, dist};
  }
  return fixedTrees;
}

/** The largest `i` with `base[i] <= value`: the length or distance code of a match. */
function codeFor(base: number[], value: number): number {
  let i = base.length - 1;
  while (base[i] > value) i--;
  return i;
}

const BL_EXTRA = [2, 3, 7];

let scratch: {heap: Int32Array; depth: Uint8Array; parent: Uint16Array} | undefined;

/**
 * Builds the Huffman tree of `t` from its frequencies with lengths capped at `maxLength`
 * (zlib's build_tree and gen_bitlen: the same heap order and tie-breaks, hence the same codes).
 * Returns the cost of the block in bits with these codes and with the fixed ones.
 */
function buildTree(t: Tree, elems: number, maxLength: number, extraBase: number, extra: number[], fixedLen: Uint16Array | undefined): {opt: number; fixed: number} {
  const {freq, len} = t;
  // Scratch space, reused: every entry is written before it is read.
  scratch ??= {heap: new Int32Array(HEAP_SIZE), depth: new Uint8Array(HEAP_SIZE), parent: new Uint16Array(HEAP_SIZE)};
  const {heap, depth, parent} = scratch;
  let heapLen = 0;
  let heapMax = HEAP_SIZE;
  let maxCode = -1;
  let opt = 0;
  let fix = 0;
  for (let n = 0; n < elems; n++) {
    if (freq[n] !== 0) {
      heap[++heapLen] = maxCode = n;
      depth[n] = 0;
    } else {
      len[n] = 0;
    }
  }
  // Deflate needs at least two codes: give unused symbols a frequency of one.
  while (heapLen < 2) {
    const node = (heap[++heapLen] = maxCode < 2 ? ++maxCode : 0);
    freq[node] = 1;
    depth[node] = 0;
    opt--;
    if (fixedLen) fix -= fixedLen[node];
  }
  t.maxCode = maxCode;
  const smaller = (a: number, b: number) => freq[a] < freq[b] || (freq[a] === freq[b] && depth[a] <= depth[b]);
  const down = (k: number) => {
    const v = heap[k];
    for (let j = k << 1; j <= heapLen; k = j, j <<= 1) {
      if (j < heapLen && smaller(heap[j + 1], heap[j])) j++;
      if (smaller(v, heap[j])) break;
      heap[k] = heap[j];
    }
    heap[k] = v;
  };
  for (let n = heapLen >> 1; n >= 1; n--) down(n);
  let node = elems;
  do {
    const n = heap[1];
    heap[1] = heap[heapLen--];
    down(1);
    const m = heap[1];
    heap[--heapMax] = n;
    heap[--heapMax] = m;
    freq[node] = freq[n] + freq[m];
    depth[node] = Math.max(depth[n], depth[m]) + 1;
    parent[n] = parent[m] = node;
    heap[1] = node++;
    down(1);
  } while (heapLen >= 2);
  heap[--heapMax] = heap[1];

  // Code lengths from the depth of each leaf, with zlib's fix-up for lengths over the cap.
  const count = new Uint16Array(16);
  len[heap[heapMax]] = 0;
  let overflow = 0;
  let h = heapMax + 1;
  for (; h < HEAP_SIZE; h++) {
    const n = heap[h];
    let bits = len[parent[n]] + 1;
    if (bits > maxLength) {
      bits = maxLength;
      overflow++;
    }
    len[n] = bits;
    if (n > maxCode) continue; // not a leaf
    count[bits]++;
    const xbits = n >= extraBase ? extra[n - extraBase] : 0;
    opt += freq[n] * (bits + xbits);
    if (fixedLen) fix += freq[n] * (fixedLen[n] + xbits);
  }
  if (overflow > 0) {
    do {
      let bits = maxLength - 1;
      while (count[bits] === 0) bits--;
      count[bits]--;
      count[bits + 1] += 2;
      count[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = maxLength; bits !== 0; bits--) {
      for (let k = count[bits]; k !== 0; ) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (len[m] !== bits) {
          opt += (bits - len[m]) * freq[m];
          len[m] = bits;
        }
        k--;
      }
    }
  }
  assignCodes(t, count);
  return {opt, fixed: fix};
}

/**
 * Walks a tree's code lengths as deflate run-length encodes them (zlib's scan_tree and
 * send_tree): `emit(symbol, extraValue)` is called for each code-length symbol.
 */
function runLengths(t: Tree, emit: (symbol: number, extraValue: number) => void): void {
  const len = t.len;
  let prev = -1;
  let next = len[0];
  let count = 0;
  let maxCount = next === 0 ? 138 : 7;
  let minCount = next === 0 ? 3 : 4;
  for (let n = 0; n <= t.maxCode; n++) {
    const cur = next;
    next = n + 1 <= t.maxCode ? len[n + 1] : 0xffff;
    if (++count < maxCount && cur === next) continue;
    if (count < minCount) {
      for (; count > 0; count--) emit(cur, -1);
    } else if (cur !== 0) {
      if (cur !== prev) {
        emit(cur, -1);
        count--;
      }
      emit(16, count - 3);
    } else if (count <= 10) {
      emit(17, count - 3);
    } else {
      emit(18, count - 11);
    }
    count = 0;
    prev = cur;
    if (next === 0) {
      maxCount = 138;
      minCount = 3;
    } else if (cur === next) {
      maxCount = 6;
      minCount = 3;
    } else {
      maxCount = 7;
      minCount = 4;
    }
  }
}

/**
 * The reusable part of the compressor: a 64 KB window and 128 KB of hash chains, and the hash
 * buckets the last call filled (so that only those are cleared, not all 32,768).
 */
let buffers:
  | {window: Uint8Array; head: Uint16Array; prev: Uint16Array; used: number[] | undefined; symDist: Uint16Array; symLc: Uint8Array; lit: Tree; dist: Tree; bl: Tree}
  | undefined;

/** zlib-wrapped deflate at level 6, the same bytes as Node's `zlib.deflateSync(input)`. */
export function zlibCompress(input: Uint8Array): Uint8Array {
  buffers ??= {
    window: new Uint8Array(WINDOW_SIZE),
    head: new Uint16Array(HASH_SIZE),
    prev: new Uint16Array(WSIZE),
    used: [],
    symDist: new Uint16Array(MAX_SYMBOLS),
    symLc: new Uint8Array(MAX_SYMBOLS),
    lit: newTree(),
    dist: newTree(),
    bl: newTree(),
  };
  const {window, head, prev, symDist, symLc, lit, dist, bl} = buffers;
  // Start as a fresh stream: no hash entries, and zeros past the data, where matching may look
  // (up to MAX_MATCH + 4 bytes on). prev needs no clearing: chains only reach entries this call
  // wrote. A long input (one that may slide the window) clears everything.
  if (buffers.used) for (const h of buffers.used) head[h] = 0;
  else head.fill(0);
  const small = input.length + MAX_MATCH + 4 <= WINDOW_SIZE && input.length <= 4096;
  if (small) window.fill(0, input.length, input.length + MAX_MATCH + 4);
  else window.fill(0);
  const used: number[] | undefined = (buffers.used = small ? [] : undefined);

  // The output: a little-endian bit writer whose bytes gather in a plain array, as in ByteWriter.
  const out: number[] = [0x78, 0x9c];
  let bitBuf = 0;
  let bitCount = 0;
  const bits = (value: number, length: number): void => {
    bitBuf |= value << bitCount;
    for (bitCount += length; bitCount >= 8; bitCount -= 8) {
      out.push(bitBuf & 0xff);
      bitBuf >>>= 8;
    }
  };
  // Pads with zero bits to a byte boundary.
  const align = (): void => {
    if (bitCount > 0) out.push(bitBuf & 0xff);
    bitBuf = bitCount = 0;
  };

  let inPos = 0;
  let strstart = 0;
  let blockStart = 0;
  let lookahead = 0;
  let matchLength = MIN_MATCH - 1;
  let matchStart = 0;
  let prevLength = MIN_MATCH - 1;
  let prevMatch = 0;
  let matchAvailable = false;

  // The current block's symbols (symDist 0 for a literal byte, else the match distance; symLc the
  // byte or the match length - 3) and their frequencies; only a tree's frequencies need clearing.
  let symCount = 0;
  const startBlock = () => {
    symCount = 0;
    lit.freq.fill(0);
    dist.freq.fill(0);
    lit.freq[END_BLOCK] = 1;
  };
  startBlock();

  // Node's zlib is Chromium's, which hashes the next four bytes (a multiplicative hash) where
  // stock zlib rolls a hash of three: this choice decides which earlier strings deflate finds.
  const insertString = (str: number): number => {
    const value = window[str] | (window[str + 1] << 8) | (window[str + 2] << 16) | (window[str + 3] << 24);
    const h = ((Math.imul(value, 66521) + 66521) >>> 16) & (HASH_SIZE - 1);
    const chain = (prev[str & WMASK] = head[h]);
    head[h] = str;
    used?.push(h);
    return chain;
  };

  const tally = (d: number, lc: number): boolean => {
    symDist[symCount] = d;
    symLc[symCount++] = lc;
    if (d === 0) {
      lit.freq[lc]++;
    } else {
      lit.freq[codeFor(LEN_BASE, lc + MIN_MATCH) + END_BLOCK + 1]++;
      dist.freq[codeFor(DIST_BASE, d)]++;
    }
    return symCount === MAX_SYMBOLS;
  };

  const fillWindow = (): void => {
    do {
      let more = WINDOW_SIZE - lookahead - strstart;
      if (strstart >= WSIZE + MAX_DIST) {
        // Slide the upper half down and age the hash chains by one window.
        window.copyWithin(0, WSIZE, WSIZE + WSIZE - more);
        matchStart -= WSIZE;
        strstart -= WSIZE;
        blockStart -= WSIZE;
        for (let i = 0; i < HASH_SIZE; i++) head[i] = head[i] >= WSIZE ? head[i] - WSIZE : 0;
        for (let i = 0; i < WSIZE; i++) prev[i] = prev[i] >= WSIZE ? prev[i] - WSIZE : 0;
        more += WSIZE;
      }
      if (inPos === input.length) break;
      const n = Math.min(more, input.length - inPos);
      window.set(input.subarray(inPos, inPos + n), strstart + lookahead);
      inPos += n;
      lookahead += n;
    } while (lookahead < MIN_LOOKAHEAD && inPos < input.length);
  };

  const longestMatch = (curMatch: number): number => {
    let chain = prevLength >= GOOD_LENGTH ? MAX_CHAIN >> 2 : MAX_CHAIN;
    let bestLen = prevLength;
    const nice = Math.min(NICE_LENGTH, lookahead);
    const limit = strstart > MAX_DIST ? strstart - MAX_DIST : 0;
    const scan = strstart;
    do {
      const match = curMatch;
      if (window[match + bestLen] !== window[scan + bestLen] || window[match + bestLen - 1] !== window[scan + bestLen - 1] || window[match] !== window[scan] || window[match + 1] !== window[scan + 1]) continue;
      // The third byte is equal when the first two and the hash are (zlib does not compare it).
      let len = 3;
      while (len < MAX_MATCH && window[scan + len] === window[match + len]) len++;
      if (len > bestLen) {
        matchStart = curMatch;
        bestLen = len;
        if (len >= nice) break;
      }
    } while ((curMatch = prev[curMatch & WMASK]) > limit && --chain !== 0);
    return Math.min(bestLen, lookahead);
  };

  const flushBlock = (last: number): void => {
    const storedLen = strstart - blockStart;
    const l = buildTree(lit, L_CODES, 15, END_BLOCK + 1, LEN_EXTRA, fixed().lit.len);
    const d = buildTree(dist, D_CODES, 15, 0, DIST_EXTRA, fixed().dist.len);
    // The code-length code, over both trees' run-length encoded lengths.
    bl.freq.fill(0);
    runLengths(lit, (s) => bl.freq[s]++);
    runLengths(dist, (s) => bl.freq[s]++);
    const b = buildTree(bl, BL_CODES, 7, 16, BL_EXTRA, undefined);
    let maxBlIndex = BL_CODES - 1;
    while (maxBlIndex >= 3 && bl.len[ORDER[maxBlIndex]] === 0) maxBlIndex--;
    let optBytes = (l.opt + d.opt + b.opt + 3 * (maxBlIndex + 1) + 5 + 5 + 4 + 3 + 7) >> 3;
    const fixedBytes = (l.fixed + d.fixed + 3 + 7) >> 3;
    if (fixedBytes <= optBytes) optBytes = fixedBytes;

    if (storedLen + 4 <= optBytes && blockStart >= 0) {
      bits(last, 3);
      align();
      out.push(storedLen & 0xff, storedLen >> 8, ~storedLen & 0xff, (~storedLen >> 8) & 0xff);
      for (let i = blockStart; i < strstart; i++) out.push(window[i]);
    } else {
      let codes = {lit, dist};
      if (fixedBytes === optBytes) {
        bits(2 + last, 3);
        codes = fixed();
      } else {
        bits(4 + last, 3);
        bits(lit.maxCode + 1 - 257, 5);
        bits(dist.maxCode + 1 - 1, 5);
        bits(maxBlIndex + 1 - 4, 4);
        for (let i = 0; i <= maxBlIndex; i++) bits(bl.len[ORDER[i]], 3);
        const send = (s: number, x: number) => {
          bits(bl.code[s], bl.len[s]);
          if (x >= 0) bits(x, BL_EXTRA[s - 16]);
        };
        runLengths(lit, send);
        runLengths(dist, send);
      }
      const {lit: lt, dist: dt} = codes;
      for (let i = 0; i < symCount; i++) {
        const dd = symDist[i];
        const lc = symLc[i];
        if (dd === 0) {
          bits(lt.code[lc], lt.len[lc]);
        } else {
          const lcode = codeFor(LEN_BASE, lc + MIN_MATCH);
          bits(lt.code[lcode + END_BLOCK + 1], lt.len[lcode + END_BLOCK + 1]);
          if (LEN_EXTRA[lcode]) bits(lc + MIN_MATCH - LEN_BASE[lcode], LEN_EXTRA[lcode]);
          const dcode = codeFor(DIST_BASE, dd);
          bits(dt.code[dcode], dt.len[dcode]);
          if (DIST_EXTRA[dcode]) bits(dd - DIST_BASE[dcode], DIST_EXTRA[dcode]);
        }
      }
      bits(lt.code[END_BLOCK], lt.len[END_BLOCK]);
    }
    startBlock();
    if (last) align();
    blockStart = strstart;
  };

  // zlib's deflate_slow: a match is taken only if the next position does not start a longer one.
  for (;;) {
    if (lookahead < MIN_LOOKAHEAD) {
      fillWindow();
      if (lookahead === 0) break;
    }
    let hashHead = 0;
    if (lookahead >= MIN_MATCH) hashHead = insertString(strstart);
    prevLength = matchLength;
    prevMatch = matchStart;
    matchLength = MIN_MATCH - 1;
    if (hashHead !== 0 && prevLength < MAX_LAZY && strstart - hashHead <= MAX_DIST) {
      matchLength = longestMatch(hashHead);
      if (matchLength === MIN_MATCH && strstart - matchStart > TOO_FAR) matchLength = MIN_MATCH - 1;
    }
    if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
      const maxInsert = strstart + lookahead - MIN_MATCH;
      const full = tally(strstart - 1 - prevMatch, prevLength - MIN_MATCH);
      lookahead -= prevLength - 1;
      for (prevLength -= 2; prevLength !== 0; prevLength--) {
        if (++strstart <= maxInsert) insertString(strstart);
      }
      matchAvailable = false;
      matchLength = MIN_MATCH - 1;
      strstart++;
      if (full) flushBlock(0);
    } else if (matchAvailable) {
      if (tally(0, window[strstart - 1])) flushBlock(0);
      strstart++;
      lookahead--;
    } else {
      matchAvailable = true;
      strstart++;
      lookahead--;
    }
  }
  if (matchAvailable) tally(0, window[strstart - 1]);
  flushBlock(1);

  const sum = adler32(input);
  out.push(sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff);
  return Uint8Array.from(out);
}
