// Fuzzing: over 100,000 mutated and random inputs to decodeToken, verifyToken and diagnoseToken.
// No exception may escape, and every result is either a decoding or a named, explained error.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {zlibCompress as deflate} from '../../../src/token/zlib';
import {buildToken, buildToken006, BUILDER_KINDS, decodeToken, diagnoseToken, verifyToken, type DecodeResult} from '../../../src/token';
import {ByteWriter, toBase64} from '../../../src/token/bytes';
import {Gen} from './gen';

const PARTS = new Set(['input', 'prefix', 'base64', 'zlib', 'field', 'trailing']);
const VERIFY = new Set(['valid', 'invalid', 'unchecked']);
const VERDICTS = new Set(['joins', 'joins-cannot-publish', 'rejected']);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';

function checkDecode(input: string, r: DecodeResult): void {
  if (r.ok) {
    assert.ok(r.token.version === '007' || r.token.version === '006', input);
    assert.ok(Array.isArray(r.cleaned));
  } else {
    assert.ok(PARTS.has(r.error.part), `unnamed part for ${JSON.stringify(input)}`);
    assert.ok(typeof r.error.message === 'string' && r.error.message.length > 20, `no explanation for ${JSON.stringify(input)}`);
  }
}

function mutateString(gen: Gen, s: string): string {
  const at = gen.int(0, Math.max(0, s.length - 1));
  switch (gen.int(0, 11)) {
    case 0: return s.slice(0, at) + B64[gen.int(0, 64)] + s.slice(at + 1);
    case 1: return s.slice(0, at) + s.slice(at + 1);
    case 2: return s.slice(0, at) + B64[gen.int(0, 64)] + s.slice(at);
    case 3: return s.slice(0, gen.int(0, s.length));
    case 4: return s + s.slice(gen.int(3, s.length));
    case 5: return s.slice(0, at) + String.fromCharCode(gen.int(0, 0xffff)) + s.slice(at);
    case 6: return `  "${s.slice(0, at)}\n${s.slice(at)}" `;
    case 7: return JSON.stringify({[gen.pick(['token', 'rtcToken', 'rtmToken', 'x'])]: s, other: gen.int(0, 9)});
    case 8: return s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    case 9: return s.replace(/\+/g, gen.pick([' ', '%2B', '']));
    case 10: return gen.pick(['005', '007', '006', '', 'eJ', '7']) + s.slice(3);
    default: return s.slice(0, at) + s.slice(gen.int(at, s.length)).split('').reverse().join('');
  }
}

function mutateBytes(gen: Gen, bytes: Uint8Array): Uint8Array {
  const b = Array.from(bytes);
  const n = gen.int(1, 4);
  for (let i = 0; i < n; i++) {
    const at = gen.int(0, Math.max(0, b.length - 1));
    switch (gen.int(0, 4)) {
      case 0: b[at] = gen.int(0, 255); break;
      case 1: b.splice(at, gen.int(1, 8)); break;
      case 2: b.splice(at, 0, ...Array.from({length: gen.int(1, 8)}, () => gen.int(0, 255))); break;
      case 3: b.length = at; break;
      default: b[at] = gen.pick([0, 0xff, 0x7f, 0x80]); b[at + 1] = gen.pick([0, 0xff]); break;
    }
  }
  return Uint8Array.from(b.map((x) => x & 0xff));
}

test('fuzz: 100,000+ mutated and random inputs never throw and always yield a decoding or a named error', () => {
  const gen = new Gen(99);
  const corpus: Array<{token: string; cert: string; appId: string; channel: string; uid: number | string}> = [];
  for (let i = 0; i < 160; i++) {
    const kind = BUILDER_KINDS[i % BUILDER_KINDS.length];
    const p = gen.params(kind) as unknown as Record<string, unknown>;
    corpus.push({token: buildToken(kind, p as never), cert: p.appCertificate as string, appId: p.appId as string, channel: (p.channelName as string) ?? 'c', uid: (p.uid as number) ?? 0});
  }
  for (let i = 0; i < 40; i++) {
    const p = {appId: gen.hex32(), appCertificate: gen.hex32(), channelName: gen.channel(), uid: gen.uid(), privileges: {1: gen.u32(), 2: gen.u32()}, salt: gen.u32(), ts: gen.u32()};
    corpus.push({token: buildToken006(p), cert: p.appCertificate, appId: p.appId, channel: p.channelName, uid: p.uid});
  }
  const counts = {stringMutations: 0, contentMutations: 0, random: 0, verify: 0, diagnose: 0, decodedOk: 0};
  const run = (input: string, seed: (typeof corpus)[number], deep: boolean) => {
    let r: DecodeResult;
    try {
      r = decodeToken(input);
    } catch (e) {
      assert.fail(`decodeToken threw on ${JSON.stringify(input)}: ${String(e)}`);
    }
    checkDecode(input, r);
    if (r.ok) counts.decodedOk++;
    if (deep) {
      const v = verifyToken(input, seed.cert, {channelName: seed.channel, uid: seed.uid});
      assert.ok(VERIFY.has(v.status) && v.message.length > 0);
      counts.verify++;
      const d = diagnoseToken(r.ok ? r.token : input, {appId: seed.appId, channelName: seed.channel, uid: seed.uid, publish: gen.bool(), now: gen.u32(), appCertificate: gen.bool() ? seed.cert : undefined});
      assert.ok(VERDICTS.has(d.verdict) && d.summary.length > 0);
      for (const f of d.findings) assert.ok(f.title && f.reason && f.fix);
      counts.diagnose++;
    }
  };

  for (let i = 0; i < 60_000; i++) {
    const seed = corpus[i % corpus.length];
    let s = seed.token;
    const rounds = gen.int(1, 3);
    for (let k = 0; k < rounds; k++) s = mutateString(gen, s);
    run(s, seed, i % 20 === 0);
    counts.stringMutations++;
  }
  // Mutating the uncompressed content and re-compressing reaches the field parser.
  const contents = corpus.map((c) => {
    const d = decodeToken(c.token);
    assert.ok(d.ok);
    return {seed: c, version: d.token.version, content: d.token.content};
  });
  for (let i = 0; i < 30_000; i++) {
    const c = contents[i % contents.length];
    const bytes = mutateBytes(gen, c.content);
    const input = c.version === '007' ? `007${toBase64(deflate(bytes))}` : `006${c.seed.appId}${toBase64(bytes)}`;
    run(input, c.seed, i % 10 === 0);
    counts.contentMutations++;
  }
  for (let i = 0; i < 15_000; i++) {
    const seed = corpus[i % corpus.length];
    const len = gen.int(0, 200);
    const bytes = Uint8Array.from({length: len}, () => gen.int(0, 255));
    const input = gen.pick([
      () => gen.anyText(0, 60),
      () => `007${toBase64(bytes)}`,
      () => `007${toBase64(deflate(bytes))}`,
      () => `006${gen.hex32()}${toBase64(bytes)}`,
      () => Array.from({length: len}, () => B64[gen.int(0, 64)]).join(''),
    ])();
    run(input, seed, i % 10 === 0);
    counts.random++;
  }
  const total = counts.stringMutations + counts.contentMutations + counts.random;
  assert.ok(total >= 100_000, `only ${total} inputs`);
  assert.ok(counts.verify > 5000 && counts.diagnose > 5000);
  // Sanity: the mutations are not all trivially rejected (some still decode) nor all accepted.
  assert.ok(counts.decodedOk > 1000 && counts.decodedOk < total - 10_000, JSON.stringify(counts));
  console.log(`fuzz: ${total} inputs`, counts);
});

test('fuzz: non-string inputs are rejected with an input error', () => {
  for (const bad of [undefined, null, 42, {}, [], Symbol('x'), () => 1]) {
    const r = decodeToken(bad as unknown as string);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.part, 'input');
    assert.equal(verifyToken(bad as unknown as string, '0'.repeat(32)).status, 'unchecked');
    assert.equal(diagnoseToken(bad as unknown as string, bad as never).verdict, 'rejected');
  }
});

test('fuzz: deep nesting and amplification tokens are answered within a generous bound per call', () => {
  const gen = new Gen(11);
  const appId = '970CA35de60c44645bbae8a215061b33';
  const join = {appId, channelName: 'demo', uid: 1, now: 1700000060};
  // A real paste takes well under a millisecond; the bound only catches the seconds-long freezes.
  const BOUND_MS = 1000;
  const header = (count: number) => new ByteWriter().bytes(new Uint8Array(32)).string(appId).u32(1700000000).u32(3600).u32(gen.int(0, 9)).u16(count);
  const inputs: string[] = [];
  for (let i = 0; i < 40; i++) {
    const depth = gen.pick([100, 2000, 10000, gen.int(33, 99999)]);
    const open = Array.from({length: depth}, () => gen.pick(['[', '{"a":'])).join('');
    const close = [...open.matchAll(/\[|\{"a":/g)].reverse().map((m) => (m[0] === '[' ? ']' : '}')).join('');
    inputs.push(`${open}"007x"${close}`.slice(0, 200000), `${'['.repeat(depth)}`);
    const services = gen.int(17, 65535);
    const s = header(services);
    for (let k = 0; k < services; k++) s.u16(gen.pick([4, 9, 10])).u16(0);
    const privileges = gen.int(17, 65535);
    const p = header(1).u16(1).u16(privileges);
    for (let k = 0; k < privileges; k++) p.u16(k % 5).u32(0);
    p.string('demo').string('1');
    const resources = gen.int(1025, 65535);
    const r = header(1).u16(8).u16(0).string('bob').u16(1).u16(0).u16(1).u16(1).u16(resources);
    for (let k = 0; k < resources; k++) r.string('c');
    for (const w of [s, p, r]) inputs.push(`007${toBase64(deflate(w.finish()))}`);
  }
  for (const input of inputs) {
    const start = performance.now();
    const decoded = decodeToken(input);
    const diagnosis = diagnoseToken(input, join);
    const ms = performance.now() - start;
    assert.ok(ms < BOUND_MS, `${input.length} characters took ${ms.toFixed(0)} ms`);
    checkDecode(input.slice(0, 40), decoded);
    assert.ok(!decoded.ok, 'over the caps or malformed');
    assert.doesNotMatch(decoded.error.message, /Maximum call stack|RangeError/);
    assert.equal(diagnosis.verdict, 'rejected');
  }
});
