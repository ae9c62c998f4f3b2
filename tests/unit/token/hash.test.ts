// SHA-256, HMAC-SHA256, MD5 and CRC-32 against node:crypto / node:zlib for random inputs of
// every length around the block boundaries.
import assert from 'node:assert/strict';
import {createHash, createHmac} from 'node:crypto';
import {test} from 'node:test';
import zlib from 'node:zlib';
import {crc32} from '../../../src/token/crypto';
import {hmacSha256, md5, sha256} from '../../../src/token/hash';
import {Gen} from './gen';

test('sha256, hmacSha256 and md5 equal node:crypto', () => {
  const gen = new Gen(5);
  for (let len = 0; len < 300; len++) {
    const data = Uint8Array.from({length: len}, () => gen.int(0, 255));
    const key = Uint8Array.from({length: gen.pick([0, 4, 32, 64, 65, 100])}, () => gen.int(0, 255));
    assert.equal(Buffer.from(sha256(data)).toString('hex'), createHash('sha256').update(data).digest('hex'), `sha256 ${len}`);
    const split = gen.int(0, len);
    assert.equal(Buffer.from(sha256(data.subarray(0, split), data.subarray(split))).toString('hex'), createHash('sha256').update(data).digest('hex'));
    assert.equal(Buffer.from(hmacSha256(key, data)).toString('hex'), createHmac('sha256', key).update(data).digest('hex'), `hmac ${len}`);
    assert.equal(Buffer.from(md5(data)).toString('hex'), createHash('md5').update(data).digest('hex'), `md5 ${len}`);
  }
  const big = Uint8Array.from({length: 100_000}, (_, i) => i * 31);
  assert.equal(Buffer.from(sha256(big)).toString('hex'), createHash('sha256').update(big).digest('hex'));
});

test('crc32 of UTF-8 text equals zlib.crc32-compatible values', () => {
  const gen = new Gen(6);
  for (let i = 0; i < 500; i++) {
    const text = gen.anyText(0, 40);
    const expected = (zlib as unknown as {crc32?: (d: Buffer) => number}).crc32?.(Buffer.from(text)) ?? null;
    if (expected !== null) assert.equal(crc32(text), expected);
  }
  assert.equal(crc32(''), 0);
  assert.equal(crc32('123456789'), 0xcbf43926);
});
