// zlib compression for tokens: pako 3's deflate, byte-identical to Node's zlib.deflateSync at
// default settings, through one reusable stream (reset instead of re-allocating ~300 KB of state
// per token). Decompression lives in inflate.ts so that decoding never pulls in the compressor.
import {ZStream, zlibDeflate, zlibDeflateInit, zlibDeflateReset, zlibDeflateResetKeep} from 'pako';

let stream: ZStream | undefined;

/** The fields of pako's deflate state that a reset touches (zlib's lm_init). */
interface DeflateState {
  w_size: number;
  window_size: number;
  window: Uint8Array;
  head: Uint16Array;
  prev: Uint16Array;
  strstart: number;
  block_start: number;
  lookahead: number;
  insert: number;
  match_length: number;
  prev_length: number;
  match_available: number;
  ins_h: number;
}

/**
 * Resets the reusable stream to the state of a fresh one. pako's own reset clears the hash
 * table with a JavaScript loop (most of the cost of compressing a token), and keeps the old
 * window, whose stale bytes deflate may look at while matching: both are zeroed natively here,
 * and the rest is zlib's lm_init (the level, and so the match parameters, never changes).
 */
function resetStream(s: ZStream): void {
  const state = (s as unknown as {state?: DeflateState}).state;
  if (!state || !(state.head instanceof Uint16Array) || !(state.window instanceof Uint8Array) || zlibDeflateResetKeep(s) !== 0) {
    if (zlibDeflateReset(s) !== 0) throw new Error('zlib could not be reset');
    if (state?.window instanceof Uint8Array) state.window.fill(0);
    return;
  }
  state.window.fill(0);
  state.head.fill(0);
  state.prev.fill(0);
  state.window_size = 2 * state.w_size;
  state.strstart = 0;
  state.block_start = 0;
  state.lookahead = 0;
  state.insert = 0;
  state.match_length = state.prev_length = 2;
  state.match_available = 0;
  state.ins_h = 0;
}

/** zlib-wrapped deflate at level 6, the same bytes as Node's `zlib.deflateSync(input)`. */
export function zlibCompress(input: Uint8Array): Uint8Array {
  if (!stream) {
    stream = new ZStream();
    if (zlibDeflateInit(stream, -1) !== 0) throw new Error('zlib could not be initialised');
  } else {
    resetStream(stream);
  }
  const s = stream;
  s.input = input;
  s.next_in = 0;
  s.avail_in = input.length;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // Big enough for one pass in practice (deflate's worst case is about n + n/1000 + 11).
    const size = input.length + (input.length >> 3) + 64;
    s.output = new Uint8Array(size);
    s.next_out = 0;
    s.avail_out = size;
    const status = zlibDeflate(s, 4 /* Z_FINISH */);
    chunks.push(s.output.subarray(0, s.next_out));
    total += s.next_out;
    if (status === 1 /* Z_STREAM_END */) break;
    if (status !== 0 || s.avail_out !== 0) throw new Error(`zlib deflate failed with status ${status}`);
  }
  s.input = new Uint8Array(0);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
