// Our zlib layer against Node's zlib: compression is byte-identical to zlib.deflateSync (also
// when the reused buffers follow payloads of other sizes, and past the 64 KB window), and the
// decoder agrees with zlib.inflateSync on valid streams of every level and strategy and on
// corrupted ones.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import zlib from 'node:zlib';
import {InflateError, zlibDecompress} from '../../../src/token/inflate';
import {zlibCompress} from '../../../src/token/zlib';
import {Gen} from './gen';

function payload(gen: Gen): Uint8Array {
  const n = gen.pick([0, 1, 2, 100, gen.int(0, 400), gen.int(0, 4000), 20000]);
  const kind = gen.int(0, 2);
  const alphabet = gen.int(2, 256);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = kind === 0 ? gen.int(0, 255) : kind === 1 ? gen.int(0, alphabet - 1) : i > 8 && gen.bool(0.7) ? out[i - gen.int(1, 8)] : gen.int(97, 122);
  }
  return out;
}

test('compression: 1,000 payloads byte-identical to zlib.deflateSync', () => {
  const gen = new Gen(11);
  for (let i = 0; i < 1000; i++) {
    const data = payload(gen);
    assert.deepEqual(Buffer.from(zlibCompress(data)), zlib.deflateSync(data), `payload ${i} (${data.length} bytes)`);
  }
});

test('compression: long payloads that slide the window and fill several blocks are byte-identical too', () => {
  const gen = new Gen(14);
  for (const n of [65_000, 70_000, 140_000, 300_000]) {
    for (let kind = 0; kind < 3; kind++) {
      const data = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        data[i] = kind === 0 ? gen.int(0, 255) : kind === 1 ? gen.int(97, 100) : i > 40_000 && gen.bool(0.9) ? data[i - gen.int(30_000, 33_000)] : gen.int(97, 122);
      }
      assert.deepEqual(Buffer.from(zlibCompress(data)), zlib.deflateSync(data), `${n} bytes, kind ${kind}`);
    }
  }
});

test('decompression: streams of every level and strategy round-trip', () => {
  const gen = new Gen(12);
  const strategies = [zlib.constants.Z_DEFAULT_STRATEGY, zlib.constants.Z_FILTERED, zlib.constants.Z_HUFFMAN_ONLY, zlib.constants.Z_RLE, zlib.constants.Z_FIXED];
  for (let i = 0; i < 600; i++) {
    const data = payload(gen);
    const compressed = zlib.deflateSync(data, {level: gen.int(0, 9), strategy: gen.pick(strategies), windowBits: gen.int(9, 15), memLevel: gen.int(1, 9)});
    assert.deepEqual(Buffer.from(zlibDecompress(compressed, 1 << 20)), Buffer.from(data), `stream ${i}`);
  }
});

test('decompression: agrees with zlib.inflateSync on 10,000 corrupted streams', () => {
  const gen = new Gen(13);
  let rejected = 0;
  for (let i = 0; i < 10_000; i++) {
    const data = payload(gen).subarray(0, 600);
    const c = Uint8Array.from(zlib.deflateSync(data, {level: gen.int(0, 9), strategy: gen.pick([0, 1, 2, 3, 4])}));
    const n = gen.int(1, 3);
    let bytes: Uint8Array = c;
    for (let k = 0; k < n; k++) {
      const at = gen.int(0, Math.max(0, bytes.length - 1));
      const op = gen.int(0, 3);
      if (op === 0) bytes[at] ^= 1 << gen.int(0, 7);
      else if (op === 1) bytes[at] = gen.int(0, 255);
      else if (op === 2) bytes = bytes.subarray(0, at);
      else bytes = Uint8Array.from([...bytes.subarray(0, at), gen.int(0, 255), ...bytes.subarray(at)]);
    }
    let node: Buffer | undefined;
    try {
      node = zlib.inflateSync(bytes);
    } catch {
      node = undefined;
    }
    let ours: Uint8Array | undefined;
    try {
      ours = zlibDecompress(bytes, 1 << 20);
    } catch (e) {
      assert.ok(e instanceof InflateError, String(e));
      // Node ignores bytes after the end of the stream; we report them (and decode nothing).
      if (e.kind === 'trailing') ours = node;
      else ours = undefined;
    }
    if (node === undefined) rejected++;
    assert.deepEqual(ours && Buffer.from(ours), node, `stream ${i}: ${Buffer.from(bytes).toString('hex')}`);
  }
  assert.ok(rejected > 5_000, `only ${rejected} corrupted streams were rejected`);
});
