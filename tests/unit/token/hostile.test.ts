// Red-team inputs: deep nesting, tokens announcing 65,535 services or privileges, certificates that
// must never be echoed, and numbers that must not be reinterpreted silently.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildRtcTokenWithUid, buildRtmToken, decodeToken, diagnoseToken, parseUidText, TokenInputError, validateBuildParams, verifyToken} from '../../../src/token';
import {ByteWriter, toBase64} from '../../../src/token/bytes';
import {cleanTokenInput} from '../../../src/token/clean';
import {MAX_PRIVILEGES, MAX_RESOURCES, MAX_SERVICES} from '../../../src/token/decode';
import {validateAppCertificate, validateChannelName, validateRtmUserId, validateUid, validateUserAccount} from '../../../src/token/validate';
import {zlibCompress} from '../../../src/token/zlib';

const appId = '970CA35de60c44645bbae8a215061b33';
const cert = '5CFd2fd1755d40ecb72977518be15d3b';
// Generous: a real paste is answered in well under a millisecond; the guard is against seconds.
const BOUND_MS = 1000;

function token007(count: number, body: (w: ByteWriter) => void): string {
  const w = new ByteWriter().bytes(new Uint8Array(32)).string(appId).u32(1700000000).u32(3600).u32(1).u16(count);
  body(w);
  return `007${toBase64(zlibCompress(w.finish()))}`;
}

function timed<T>(fn: () => T): {ms: number; value: T} {
  const start = performance.now();
  const value = fn();
  return {ms: performance.now() - start, value};
}

test('deep JSON nesting: no RangeError, a message that says what is wrong, and the token still found when shallow', () => {
  for (const depth of [2000, 100_000 - 1]) {
    const input = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const {ms, value: r} = timed(() => decodeToken(input));
    assert.ok(ms < BOUND_MS, `${depth} levels took ${ms} ms`);
    assert.ok(!r.ok);
    assert.equal(r.error.part, 'input');
    assert.match(r.error.message, /nested more than 32 levels/);
    assert.doesNotThrow(() => cleanTokenInput(input));
    assert.equal(diagnoseToken(input, {appId, channelName: 'demo', uid: 1}).code, 110);
  }
  const token = buildRtcTokenWithUid({appId, appCertificate: cert, channelName: 'demo', uid: 1, role: 1, tokenExpire: 600});
  const wrapped = JSON.stringify({data: {result: [{rtc: {token}}]}});
  const r = decodeToken(wrapped);
  assert.ok(r.ok);
  assert.ok(r.cleaned.some((c) => c.includes('"data.result[0].rtc.token"')), r.cleaned.join('|'));
  // The first token in document order is the one taken, as before.
  const two = decodeToken(JSON.stringify({a: [token], b: 'x'}));
  assert.ok(two.ok && two.cleaned.some((c) => c.includes('"a[0]"')));
});

test('amplification: counts above the caps are refused quickly, with the count and the cap named', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['65,535 services', token007(65535, (w) => {
      for (let i = 0; i < 65535; i++) w.u16(4).u16(0);
    }), new RegExp(`announces 65535 services.*at most ${MAX_SERVICES}`)],
    ['65,535 privileges', token007(1, (w) => {
      w.u16(1).u16(65535);
      for (let i = 0; i < 65535; i++) w.u16(i % 5).u32(0);
      w.string('demo').string('1');
    }), new RegExp(`announces 65535 privileges.*at most ${MAX_PRIVILEGES}`)],
    ['65,535 RTM resources', token007(1, (w) => {
      w.u16(8).u16(0).string('bob').u16(1).u16(0).u16(1).u16(1).u16(65535);
      for (let i = 0; i < 65535; i++) w.string('c');
    }), new RegExp(`announces 65535 permission resources.*at most ${MAX_RESOURCES}`)],
  ];
  for (const [name, input, message] of cases) {
    assert.ok(input.length < 2000, `${name}: the hostile token is small (${input.length} characters)`);
    const {ms, value: r} = timed(() => decodeToken(input));
    assert.ok(ms < BOUND_MS, `${name} took ${ms} ms`);
    assert.ok(!r.ok, name);
    assert.equal(r.error.part, 'field');
    assert.match(r.error.message, message);
    assert.match(r.error.message, /not a token an Agora builder made/);
    const d = timed(() => diagnoseToken(input, {appId, channelName: 'demo', uid: 1}));
    assert.ok(d.ms < BOUND_MS);
    assert.equal(d.value.verdict, 'rejected');
  }
  // At the caps, tokens still decode.
  const atCap = decodeToken(token007(MAX_SERVICES, (w) => {
    for (let s = 0; s < MAX_SERVICES; s++) {
      w.u16(1).u16(MAX_PRIVILEGES);
      for (let i = 0; i < MAX_PRIVILEGES; i++) w.u16(i).u32(0);
      w.string('demo').string('1');
    }
  }));
  assert.ok(atCap.ok && atCap.token.version === '007' && atCap.token.services.length === MAX_SERVICES);
});

test('the App Certificate is never in an issue, an error or a message: its shape is described instead', () => {
  const variants: Array<[string, RegExp]> = [
    [`${cert} `, /contains a space at the end.*remove the whitespace/],
    [`${cert}\r`, /ends with a carriage return/],
    [`\t${cert}`, /contains a tab at the start/],
    [`${cert}a`, /has 33 characters.*appended/],
    [cert.slice(0, 31), /has 31 characters.*missing/],
    [`${cert.slice(0, 10)}g${cert.slice(11)}`, /contains "g" \(U\+0067\) at position 11 of 32/],
    [`"${cert}"`, /the quote "/],
    [`${cert}${cert}`, /has 64 characters/],
  ];
  for (const [value, message] of variants) {
    const issue = validateAppCertificate(value);
    assert.ok(issue, JSON.stringify(value));
    assert.match(issue.message, message);
    const core = cert.slice(0, 31);
    const everything = JSON.stringify(issue);
    assert.ok(!everything.includes(core) && !everything.includes(cert.slice(1)), `leaked in ${everything}`);
    assert.match(String(issue.value), /^\(not shown: \d+ characters\)$/);
    try {
      buildRtmToken({appId, appCertificate: value, userId: 'bob', expire: 600});
      assert.fail('should throw');
    } catch (e) {
      assert.ok(e instanceof TokenInputError);
      const text = `${e.message} ${JSON.stringify(e.value)} ${JSON.stringify(e.issues)} ${String(e.stack)}`;
      assert.ok(!text.includes(core) && !text.includes(cert.slice(1)), `leaked in ${text}`);
    }
    const all = JSON.stringify(validateBuildParams('rtm', {appId, appCertificate: value, userId: 'bob', expire: 600}));
    assert.ok(!all.includes(core) && !all.includes(cert.slice(1)));
    const token = buildRtmToken({appId, appCertificate: cert, userId: 'bob', expire: 600});
    assert.ok(!JSON.stringify(verifyToken(token, value)).includes(core));
    assert.ok(!JSON.stringify(diagnoseToken(token, {appId, channelName: 'x', uid: 1, appCertificate: value})).includes(core));
  }
});

test('numbers are read strictly: -0, decimals, exponents and signs are refused with what was understood', () => {
  assert.deepEqual(parseUidText('1234'), {ok: true, uid: 1234});
  assert.deepEqual(parseUidText(' 42 '), {ok: true, uid: 42, note: 'Removed spaces around the uid.'});
  const refused: Array<[string, RegExp]> = [
    ['-0', /negative zero.*any uid/],
    ['1.00000000000000001', /decimal point/],
    ['1234.0', /decimal point.*write 1234/],
    ['1e3', /exponent notation \(that is 1000\)/],
    ['+5', /has a sign/],
    ['-5', /signed 32-bit overflow/],
    ['4294967296', /larger than 4294967295/],
    ['', /empty/],
  ];
  for (const [text, message] of refused) {
    const r = parseUidText(text);
    assert.ok(!r.ok, text);
    assert.match(r.message, message, text);
  }
  // The validators say the same for numbers that arrive as text, and refuse the number -0.
  assert.match(validateUid('1e3')?.message ?? '', /exponent/);
  assert.match(validateUid('1234.0')?.message ?? '', /decimal point/);
  assert.equal(validateUid(-0)?.rule, 'negative-zero');
  assert.throws(() => buildRtcTokenWithUid({appId, appCertificate: cert, channelName: 'demo', uid: -0, role: 1, tokenExpire: 600}), /negative zero/);
  assert.equal(validateUid(0), null);
});

test('"undefined", "null" and "NaN" as names are flagged as unset variables', () => {
  for (const name of ['undefined', 'null', 'NaN']) {
    for (const issue of [validateChannelName(name), validateUserAccount(name), validateRtmUserId(name)]) {
      assert.ok(issue, name);
      assert.equal(issue.severity, 'warning');
      assert.equal(issue.rule, 'unset-variable');
      assert.match(issue.message, new RegExp(`the text "${name}".*unset variable`));
    }
    const warnings = validateBuildParams('rtcAccount', {appId, appCertificate: cert, channelName: name, account: 'alice', role: 1, tokenExpire: 600}).filter((i) => i.severity === 'warning');
    assert.ok(warnings.some((w) => w.rule === 'unset-variable'), name);
  }
  assert.equal(validateChannelName('undefined-room'), null);
});
