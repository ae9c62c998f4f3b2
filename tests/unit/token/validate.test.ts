// Validation: typed errors naming the field, the rule and the value, where agora-token returns ""
// or writes "undefined" into a token.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {
  AGORA_CHARSET, buildRtcTokenWithUid, buildToken, decodeToken, TokenInputError, validateAppCertificate, validateAppId, validateBuildParams,
  validateChannelName, validateExpire, validateRtcRole, validateUid, validateUserAccount, type FieldIssue,
} from '../../../src/token';
import {expiry as serverExpiry} from '../../../examples/token-server/src/validate';
import {agora} from './agora';

const appId = '970CA35de60c44645bbae8a215061b33';
const appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
const base = {appId, appCertificate, channelName: 'demo', uid: 1, role: 1 as const, tokenExpire: 3600};

function rule(i: FieldIssue | null): string | undefined {
  return i?.rule;
}

test('charset is exactly Agora\'s 89 characters', () => {
  assert.equal(AGORA_CHARSET.length, 89);
  assert.equal(new Set(AGORA_CHARSET).size, 89);
});

test('App ID and certificate: 32 hex characters', () => {
  assert.equal(validateAppId(appId), null);
  assert.equal(rule(validateAppId('')), 'required');
  assert.equal(rule(validateAppId(` ${appId}`)), 'whitespace');
  assert.match(validateAppId(`${appId}0`)?.message ?? '', /33 characters/);
  assert.match(validateAppId(appId.replace('9', 'g'))?.message ?? '', /"g"/);
  assert.equal(rule(validateAppId(123)), 'type');
  assert.equal(validateAppCertificate(appCertificate), null);
  assert.equal(validateAppCertificate('x')?.field, 'appCertificate');
});

test('uid: integers 0..2^32-1 only, with specific messages', () => {
  for (const good of [0, 1, 4294967295]) assert.equal(validateUid(good), null);
  const cases: Array<[unknown, string]> = [[1.5, 'integer'], [-1, 'range'], [2 ** 32, 'range'], [NaN, 'integer'], ['0', 'string-zero'], ['123', 'type'], ['bob', 'type'], [null, 'type'], [Infinity, 'integer']];
  for (const [value, expected] of cases) {
    const i = validateUid(value);
    assert.equal(i?.rule, expected, String(value));
    assert.equal(i?.field, 'uid');
    assert.ok(Object.is(i?.value, value));
    assert.equal(i?.severity, 'error');
  }
  assert.match(validateUid('0')?.message ?? '', /not the wildcard/);
  assert.match(validateUid(-1)?.message ?? '', /signed 32-bit overflow/);
});

test('channel name: under 64 bytes, Agora charset', () => {
  assert.equal(validateChannelName('a'.repeat(63)), null);
  assert.equal(validateChannelName(AGORA_CHARSET.slice(0, 63)), null);
  assert.equal(rule(validateChannelName('a'.repeat(64))), 'length');
  assert.equal(rule(validateChannelName('')), 'required');
  assert.equal(rule(validateChannelName('my/channel')), 'charset');
  assert.match(validateChannelName('my/channel')?.message ?? '', /"\/"/);
  assert.equal(rule(validateChannelName('caf\u00e9')), 'charset');
  assert.equal(rule(validateChannelName('a"b')), 'charset');
});

test('user account: 1-255 bytes, Agora charset', () => {
  assert.equal(validateUserAccount('a'.repeat(255)), null);
  assert.equal(rule(validateUserAccount('a'.repeat(256))), 'length');
  assert.equal(rule(validateUserAccount('')), 'required');
  assert.equal(rule(validateUserAccount('user\n')), 'charset');
  assert.equal(rule(validateUserAccount(42)), 'type');
});

test('expiries: integers 0..2^32-1; Unix times, milliseconds and >24 h explained', () => {
  assert.equal(validateExpire(3600), null);
  assert.equal(validateExpire(86400), null);
  const lifetime = validateExpire(86401);
  assert.deepEqual([lifetime?.rule, lifetime?.severity], ['lifetime', 'warning']);
  assert.match(lifetime?.message ?? '', /24 hours/);
  const unix = validateExpire(1700003600, 'tokenExpire', 1700000000);
  assert.deepEqual([unix?.rule, unix?.severity], ['unix-time', 'warning']);
  assert.match(unix?.message ?? '', /absolute Unix time/);
  const ms = validateExpire(1700000000000);
  assert.deepEqual([ms?.rule, ms?.severity], ['milliseconds', 'error']);
  assert.equal(rule(validateExpire(2 ** 32)), 'range');
  assert.equal(rule(validateExpire(-5)), 'range');
  assert.equal(rule(validateExpire(1.5)), 'integer');
  assert.equal(rule(validateExpire(NaN)), 'integer');
  assert.equal(rule(validateExpire('3600')), 'type');
  assert.equal(validateExpire(0, 'tokenExpire')?.rule, 'zero');
  assert.equal(validateExpire(0, 'privilegeExpire'), null);
  assert.equal(validateExpire(4294967295)?.severity, 'warning');
});

test('expiries in milliseconds: the token server\'s rule (round thousands up to 86400000 from 300000), differentially', () => {
  const ms = validateExpire(3600000);
  assert.deepEqual([ms?.rule, ms?.severity], ['milliseconds', 'warning']);
  assert.match(ms?.message ?? '', /looks like milliseconds.*Pass 3600 /);
  assert.equal(rule(validateExpire(86400000)), 'milliseconds');
  assert.equal(rule(validateExpire(300000)), 'milliseconds');
  for (const over of [90000, 299000, 3600001, 86401000]) assert.equal(rule(validateExpire(over)), 'lifetime', String(over));
  // Same verdict as the token server for every lifetime between 24 hours and a Unix time.
  fc.assert(
    fc.property(fc.oneof(fc.integer({min: 86401, max: 999999999}), fc.integer({min: 87, max: 86400}).map((k) => k * 1000)), (n) => {
      let server = '';
      try {
        serverExpiry(String(n));
      } catch (e) {
        server = (e as Error).message;
      }
      assert.equal(rule(validateExpire(n)) === 'milliseconds', / looks like milliseconds/.test(server), `${n}: ${server}`);
    }),
    {numRuns: 2000},
  );
});

/** The agreed statement about a token lifetime of 0 (also on the docs pages and the token server). */
const ZERO_LIFETIME = /A token lifetime of 0 makes a token that is already expired when it is issued; Agora rejects it with 109\./i;

test('tokenExpire 0: already expired when issued, 109; a privilege lifetime of 0 is not flagged', () => {
  for (const field of ['tokenExpire', 'expire', 'rtcTokenExpire']) {
    const zero = validateExpire(0, field);
    assert.equal(zero?.rule, 'zero');
    assert.match(zero?.message ?? '', ZERO_LIFETIME);
    assert.match(zero?.message ?? '', /A privilege lifetime of 0 means the privilege itself does not expire; the token still does\./);
  }
  assert.equal(validateExpire(0, 'privilegeExpire'), null);
  assert.throws(() => serverExpiry('0'), (e: unknown) => ZERO_LIFETIME.test((e as Error).message));
});

test('role: publisher/subscriber only', () => {
  for (const good of [1, 2, 'publisher', 'subscriber']) assert.equal(validateRtcRole(good), null);
  for (const bad of [0, 3, '1', 101, undefined]) assert.equal(rule(validateRtcRole(bad)), 'enum');
});

test('builders throw TokenInputError naming the field where agora-token returns "" or writes "undefined"', () => {
  // agora-token: a bad App ID gives an empty string, a missing uid writes "undefined" into the token.
  assert.equal(agora.RtcTokenBuilder.buildTokenWithUid('nope', appCertificate, 'demo', 1, 1, 3600, 0), '');
  const undefinedUid = agora.RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, 'demo', undefined, 1, 3600, 0);
  const decoded = decodeToken(undefinedUid);
  assert.ok(decoded.ok && decoded.token.version === '007' && decoded.token.services[0].type === 1 && decoded.token.services[0].uid === 'undefined');
  assert.throws(() => buildRtcTokenWithUid({...base, uid: undefined} as never), (e: unknown) => e instanceof TokenInputError && e.field === 'uid');
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{appId: 'nope'}, 'appId', 'hex32'],
    [{appCertificate: ''}, 'appCertificate', 'required'],
    [{channelName: undefined}, 'channelName', 'type'],
    [{uid: 1.5}, 'uid', 'integer'],
    [{uid: '0'}, 'uid', 'string-zero'],
    [{role: 3}, 'role', 'enum'],
    [{tokenExpire: 1.7e12}, 'tokenExpire', 'milliseconds'],
    [{privilegeExpire: -1}, 'privilegeExpire', 'range'],
    [{salt: 0}, 'salt', 'range'],
    [{issueTs: 2 ** 32}, 'issueTs', 'range'],
  ];
  for (const [patch, field, expected] of cases) {
    assert.throws(() => buildRtcTokenWithUid({...base, ...patch} as never), (e: unknown) => {
      assert.ok(e instanceof TokenInputError);
      assert.deepEqual([e.field, e.rule], [field, expected]);
      assert.ok(e.issues.length >= 1 && e.message.length > 20);
      return true;
    });
  }
  assert.throws(() => buildToken('nope' as never, {} as never), TokenInputError);
});

test('validateBuildParams lists every error and warning, one per field, plus cross-field warnings', () => {
  const issues = validateBuildParams('rtcUid', {...base, appId: 'x', uid: -1, tokenExpire: 600, privilegeExpire: 3600});
  assert.deepEqual(issues.map((i) => [i.field, i.severity]), [['appId', 'error'], ['uid', 'error'], ['privilegeExpire', 'warning']]);
  assert.match(issues[2].message, /still ends when the token expires/);
  assert.deepEqual(validateBuildParams('rtcUid', base), []);
  const chat = validateBuildParams('chatUser', {appId, appCertificate, userId: '', expire: 600});
  assert.deepEqual(chat.map((i) => [i.field, i.rule]), [['userId', 'required']]);
  const apaas = validateBuildParams('apaasRoomUser', {appId, appCertificate, roomUuid: 'r', userUuid: 'u', role: 0, expire: 600});
  assert.deepEqual(apaas.map((i) => [i.field, i.rule, i.severity]), [['role', 'zero-role', 'warning']]);
  const rtm = validateBuildParams('rtm', {appId, appCertificate, userId: 'a'.repeat(65), expire: 600});
  assert.deepEqual(rtm.map((i) => [i.field, i.rule]), [['userId', 'length']]);
  const perms = validateBuildParams('rtmPermissions', {appId, appCertificate, userId: 'u', expire: 600, permissions: [{resourceType: 9, permissionType: 0, resources: []}]});
  assert.deepEqual(perms.map((i) => [i.field, i.rule]), [['permissions', 'resource-type']]);
  const rtm2 = validateBuildParams('rtcRtm2', {appId, appCertificate, channelName: 'c', rtcAccount: 1.5, rtcRole: 1, rtcTokenExpire: 60, joinChannelPrivilegeExpire: 60, pubAudioPrivilegeExpire: 60, pubVideoPrivilegeExpire: 60, pubDataStreamPrivilegeExpire: 60, rtmUserId: 'u', rtmTokenExpire: 60});
  assert.deepEqual(rtm2.map((i) => [i.field, i.rule]), [['rtcAccount', 'integer']]);
});
