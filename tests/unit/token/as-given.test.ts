// The verdict judges the string the client sends: a token the inspector had to repair (changed on
// its way) is rejected by Agora as given, with the cause and how to send it intact; then what the
// repaired token would do.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildRtcTokenWithUid, decodeToken, diagnoseToken, type JoinAttempt} from '../../../src/token';

const appId = '970CA35de60c44645bbae8a215061b33';
const appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
const issueTs = 1700000000;
const join: JoinAttempt = {appId, channelName: 'demo', uid: 42, publish: true, now: issueTs + 60, appCertificate};

// A token with "+", "/" and "=" in it, so that every kind of damage changes something.
let salt = 1;
let token = '';
for (; salt < 10000; salt++) {
  token = buildRtcTokenWithUid({appId, appCertificate, channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600, salt, issueTs});
  if (token.includes('+') && token.includes('/') && token.endsWith('=')) break;
}

test('each way a token is changed on its way: rejected as given (110), the cause, the fix, then the repaired verdict', () => {
  assert.ok(token.includes('+') && token.includes('/') && token.endsWith('='), 'sample token has + / =');
  const cases: Array<[string, string, RegExp, RegExp]> = [
    ['plus as space', token.replace(/\+/g, ' '), /"\+" became a space/, /encodeURIComponent|JSON body/],
    ['percent-encoded', encodeURIComponent(token), /percent-encoded/, /decode it once/],
    ['JSON escaped slash (PHP json_encode)', token.replace(/\//g, '\\/'), /arrived as "\\\/"/, /JSON parser/],
    ['JSON escaped slash inside quotes', `"${token.replace(/\//g, '\\/')}"`, /arrived as "\\\/"/, /JSON_UNESCAPED_SLASHES/],
    ['URL-safe alphabet', token.replace(/\+/g, '-').replace(/\//g, '_'), /URL-safe base64/, /exactly as the builder returned it/],
    ['padding cut', token.replace(/=+$/, ''), /padding at the end was cut off/, /including the "=" signs/],
    ['wrapped over lines', `${token.slice(0, 50)}\n${token.slice(50)}`, /split over several lines/, /on one line/],
  ];
  for (const [name, input, cause, fix] of cases) {
    const decoded = decodeToken(input);
    assert.ok(decoded.ok, name);
    assert.ok(decoded.repairs.length > 0, name);
    for (const d of [diagnoseToken(input, join), diagnoseToken(decoded, join)]) {
      assert.deepEqual([d.verdict, d.code], ['rejected', 110], name);
      assert.match(d.summary, /Agora rejects the token as given/, name);
      assert.match(d.findings[0].title, /changed on its way/, name);
      assert.match(`${d.findings[0].title} ${d.findings[0].reason}`, cause, name);
      assert.match(d.findings[0].fix, fix, name);
      assert.equal(d.onceIntact?.verdict, 'joins', name);
      assert.match(d.onceIntact?.summary ?? '', /Agora accepts this join/, name);
      assert.equal(d.signature, 'valid', name);
    }
  }
});

test('the repaired token\'s own problems still follow the as-given rejection', () => {
  const d = diagnoseToken(token.replace(/\+/g, ' '), {...join, channelName: 'other'});
  assert.deepEqual([d.verdict, d.code], ['rejected', 110]);
  assert.deepEqual(d.findings.slice(0, 2).map((f) => f.title), [d.findings[0].title, 'wrong channel']);
  assert.deepEqual([d.onceIntact?.verdict, d.onceIntact?.code], ['rejected', 110]);
  assert.match(d.onceIntact?.summary ?? '', /wrong channel/);
});

test('what was pasted around the token (quotes, JSON, whitespace) is not a change to the token', () => {
  for (const input of [`  ${token}\n`, `"${token}"`, JSON.stringify({rtcToken: token}), `{"token": "${token.replace(/\//g, '\\/')}"}`, `Bearer ${token}`]) {
    const decoded = decodeToken(input);
    assert.ok(decoded.ok && decoded.repairs.length === 0, input);
    const d = diagnoseToken(input, join);
    assert.equal(d.verdict, 'joins', input);
    assert.equal(d.onceIntact, undefined);
  }
  assert.equal(diagnoseToken(token, join).onceIntact, undefined);
});

test('a cut-off copy cannot be read; a legacy dynamic key is named as one', () => {
  const cut = diagnoseToken(token.slice(0, 60), join);
  assert.deepEqual([cut.verdict, cut.code], ['rejected', 110]);
  assert.match(cut.findings[0].reason, /cut off|ends early|truncated|not valid base64/);
  const legacy = diagnoseToken(`005${'A'.repeat(60)}`, join);
  assert.match(legacy.findings[0].title, /legacy dynamic key/);
  assert.match(legacy.findings[0].reason, /legacy dynamic key \(version 005\).*build a 007 token instead/);
  assert.match(legacy.findings[0].fix, /version 007 token/);
});
