// Validation: typed errors naming the field, the rule and the value, where agora-token returns ""
// or writes "undefined" into a token.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {
  AGORA_CHARSET, buildAccessToken2, buildRtcTokenWithUid, buildToken, decodeToken, TokenInputError, validateAppCertificate, validateAppId, validateBuildParams,
  validateChannelName, validateExpire, validateRtcRole, validateUid, validateUserAccount, type FieldIssue,
} from '../../../src/token';
import {matchesWildcard, validateTokenAccount, validateTokenChannel, validateTokenUid} from '../../../src/token/validate';
import {expiry as serverExpiry} from '../../../examples/token-server/src/validate';
import {agora, agoraBuild} from './agora';

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

test('buildAccessToken2 refuses a service without a field of its type, where it wrote an empty string (for RTC, the wildcard uid)', () => {
  const common = {appId, appCertificate, expire: 600, salt: 1, issueTs: 1};
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{type: 1, channelName: 'demo', privileges: {1: 0}}, 'services[0].uid', 'services[0].uid must be a string; got undefined.'],
    [{type: 3, channelName: 'demo', privileges: {1: 0}}, 'services[0].account', 'services[0].account must be a string; got undefined.'],
    [{type: 7, roomUuid: 'r', userUuid: 'u', privileges: {}}, 'services[0].role', 'services[0].role must be a whole number from -32768 to 32767; got undefined.'],
    [{type: 8, userId: 'u', privileges: {1: 0}}, 'services[0].permissions', 'services[0].permissions must be a list of {resourceType, permissionType, resources} entries.'],
  ];
  for (const [service, field, message] of cases) {
    assert.throws(() => buildAccessToken2({...common, services: [service]} as never), (e: unknown) => {
      assert.ok(e instanceof TokenInputError);
      assert.deepEqual([e.field, e.message], [field, message]);
      return true;
    });
  }
  // A complete service builds.
  assert.ok(buildAccessToken2({...common, services: [{type: 1, channelName: 'demo', uid: '', privileges: {1: 0}}]}).startsWith('007'));
});

test('validateBuildParams lists every error and warning, one per field, plus cross-field warnings', () => {
  const issues = validateBuildParams('rtcUid', {...base, appId: 'x', uid: -1, tokenExpire: 600, privilegeExpire: 3600});
  assert.deepEqual(issues.map((i) => [i.field, i.severity]), [['appId', 'error'], ['uid', 'error'], ['privilegeExpire', 'warning']]);
  assert.match(issues[2].message, /keeps the privilege and the SDK fires no renewal event/);
  assert.match(issues[2].message, /Agora recommends giving the privileges the same lifetime as the token/);
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

test('wildcard channels: empty, "*" and "*" patterns build with a warning naming the risk; joining stays strict', () => {
  for (const channel of ['', '*', '1*a*2', 'room-*']) {
    const w = validateTokenChannel(channel);
    assert.deepEqual([w?.rule, w?.severity], ['wildcard', 'warning'], JSON.stringify(channel));
    assert.match(w?.message ?? '', /subscriber role/);
    assert.equal(rule(validateChannelName(channel)), channel === '' ? 'required' : 'charset', 'a client cannot join a wildcard');
  }
  assert.match(validateTokenChannel('')?.message ?? '', /empty channel name makes a wildcard token: it admits the user to any channel/i);
  assert.match(validateTokenChannel('1*a*2')?.message ?? '', /"1\*a\*2" is a wildcard pattern/);
  assert.equal(validateTokenChannel('demo'), null);
  assert.equal(rule(validateTokenChannel('a/*')), 'charset');
  assert.equal(rule(validateTokenChannel('*'.repeat(64))), 'length');
  assert.equal(rule(validateTokenChannel(undefined)), 'type');
  const issues = validateBuildParams('rtcUid', {...base, channelName: ''});
  assert.deepEqual(issues.map((i) => [i.field, i.rule, i.severity]), [['channelName', 'wildcard', 'warning']]);
});

test('wildcard users: uid 0 and the account "*" build with a warning; the empty account is still refused', () => {
  assert.deepEqual([validateTokenUid(0)?.rule, validateTokenUid(0)?.severity], ['wildcard', 'warning']);
  assert.equal(validateTokenUid(7), null);
  assert.equal(rule(validateTokenUid(-1)), 'range');
  assert.equal(validateUid(0), null, 'joining with uid 0 asks the SDK for a uid: no warning there');
  for (const account of ['*', 'team-*']) assert.deepEqual([validateTokenAccount(account)?.rule, validateTokenAccount(account)?.severity], ['wildcard', 'warning']);
  assert.equal(rule(validateTokenAccount('a/*')), 'charset');
  assert.match(validateTokenAccount('')?.message ?? '', /uid 0 or for the wildcard account "\*"/);
  assert.deepEqual(validateBuildParams('rtcAccount', {...base, account: '*'}).map((i) => i.rule), ['wildcard']);
  assert.deepEqual(validateBuildParams('rtcUid', {...base, uid: 0}).map((i) => i.rule), ['wildcard']);
});

test('wildcard tokens are byte-identical to agora-token\'s for the same salt and issue time', () => {
  const fixed = {salt: 77, issueTs: 1700000000};
  for (const channelName of ['', '*', '1*a*2']) {
    for (const account of ['*', 'team-*', 'ana']) {
      const p = {appId, appCertificate, channelName, account, role: 2 as const, tokenExpire: 600, privilegeExpire: 600, ...fixed};
      assert.equal(buildToken('rtcAccount', p), agoraBuild('rtcAccount', p), `${JSON.stringify(channelName)} / ${account}`);
    }
    const q = {appId, appCertificate, channelName, uid: 0, role: 1 as const, tokenExpire: 600, privilegeExpire: 600, ...fixed};
    assert.equal(buildToken('rtcUid', q), agoraBuild('rtcUid', q));
  }
});

test('matchesWildcard: "*" is any run of characters, everything else matches exactly', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*', '', true], ['*', 'anything', true], ['1*a*2', '1abc2', true], ['1*a*2', '1a2', true], ['1*a*2', '1abc', false],
    ['1*a*2', 'abc2', false], ['a*a', 'a', false], ['a*a', 'aa', true], ['demo', 'demo', true], ['demo', 'Demo', false], ['**', 'x', true],
  ];
  for (const [pattern, text, expected] of cases) assert.equal(matchesWildcard(pattern, text), expected, `${pattern} ~ ${text}`);
  // Any text matches a pattern made from it by replacing pieces with "*", and a text that
  // lacks one of the pattern's literal pieces never matches.
  fc.assert(
    fc.property(fc.array(fc.string({maxLength: 4}), {minLength: 1, maxLength: 5}), fc.array(fc.boolean(), {minLength: 5, maxLength: 5}), (pieces, starred) => {
      if (pieces.some((p) => p.includes('*'))) return;
      const text = pieces.join('');
      const pattern = pieces.map((p, i) => (starred[i] ? '*' : p)).join('');
      assert.ok(matchesWildcard(pattern, text), `${pattern} ~ ${text}`);
    }),
    {numRuns: 2000},
  );
  fc.assert(
    fc.property(fc.string({maxLength: 6}).filter((t) => !t.includes('*') && !t.includes('q')), (text) => {
      assert.equal(matchesWildcard(`*q*`, text), false);
      assert.equal(matchesWildcard(`${text}*`, `${text}tail`), true);
    }),
    {numRuns: 500},
  );
});

test('privilege expiries: 0 never expires and one longer than the token is explained against Agora\'s recommendation', () => {
  const zero = validateBuildParams('rtcUid', {...base, privilegeExpire: 0});
  assert.deepEqual(zero.map((i) => [i.field, i.rule, i.severity]), [['privilegeExpire', 'never-expires', 'warning']]);
  assert.match(zero[0].message, /never expire.*no token-privilege-will-expire event/);
  assert.deepEqual(validateBuildParams('rtcUid', {...base, privilegeExpire: 3600}), []);
  const per = validateBuildParams('rtcUidPrivileges', {...base, joinChannelPrivilegeExpire: 3600, pubAudioPrivilegeExpire: 0, pubVideoPrivilegeExpire: 3600, pubDataStreamPrivilegeExpire: 3600});
  assert.deepEqual(per.map((i) => [i.field, i.rule]), [['pubAudioPrivilegeExpire', 'never-expires']]);
  // Still built, exactly as agora-token builds it.
  const p = {...base, privilegeExpire: 0, salt: 5, issueTs: 1700000000};
  assert.equal(buildToken('rtcUid', p), agoraBuild('rtcUid', p));
});

test('lifetimes in milliseconds build as agora-token builds them; only values above 2^32-1 fail, on both sides', () => {
  const fixed = {salt: 3, issueTs: 1700000000};
  for (const tokenExpire of [3600000, 86400000, 4294967295]) {
    const p = {...base, tokenExpire, privilegeExpire: tokenExpire, ...fixed};
    assert.equal(buildToken('rtcUid', p), agoraBuild('rtcUid', p), String(tokenExpire));
    assert.notEqual(validateExpire(tokenExpire)?.severity, 'error');
  }
  const decoded = decodeToken(buildToken('rtcUid', {...base, tokenExpire: 3600000, ...fixed}));
  assert.ok(decoded.ok && decoded.token.version === '007');
  assert.equal(Math.round(((decoded.token as {expire: number}).expire / 86400) * 10) / 10, 41.7, 'the token claims about 41.7 days');
  fc.assert(
    fc.property(fc.oneof(fc.integer({min: 4294967296, max: 2 ** 45}), fc.constant(Date.now() + 3600000)), (tokenExpire) => {
      const p = {...base, tokenExpire, privilegeExpire: 0, ...fixed};
      assert.throws(() => agoraBuild('rtcUid', p), RangeError);
      assert.throws(() => buildToken('rtcUid', p), (e: unknown) => e instanceof TokenInputError && e.field === 'tokenExpire');
    }),
    {numRuns: 200},
  );
});

test('validateBuildParams reports an error whenever the builder refuses: a warning never hides an error of the same field', () => {
  // The RTC + RTM account is also the RTM user ID: a wildcard account (a warning) longer than an RTM user ID may be (an error).
  const p = {appId, appCertificate, channelName: 'demo', account: `team-*${'a'.repeat(70)}`, role: 1 as const, tokenExpire: 600, privilegeExpire: 600};
  assert.deepEqual(validateBuildParams('rtcRtm', p).map((i) => [i.field, i.rule, i.severity]), [['account', 'length', 'error']]);
  assert.throws(() => buildToken('rtcRtm', p), (e: unknown) => e instanceof TokenInputError && e.field === 'account' && e.rule === 'length');
  const short = {...p, account: 'team-*'};
  assert.deepEqual(validateBuildParams('rtcRtm', short).map((i) => [i.field, i.rule, i.severity]), [['account', 'wildcard', 'warning']]);
  assert.equal(buildToken('rtcRtm', {...short, salt: 1, issueTs: 1700000000}), agoraBuild('rtcRtm', {...short, salt: 1, issueTs: 1700000000}));
});
