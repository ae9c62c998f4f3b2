// Property tests (fast-check): decoding what we build recovers every input, for every builder
// and for arbitrary service lists of the low-level builder.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {zlibCompress as deflate} from '../../../src/token/zlib';
import {toBase64} from '../../../src/token/bytes';
import {buildAccessToken2, buildToken, buildToken006, BUILDER_KINDS, decodeToken, verifyToken, type DecodedToken007, type ServiceSpec} from '../../../src/token';
import {Gen} from './gen';

const hex32 = fc.stringMatching(/^[0-9a-fA-F]{32}$/);
const u32 = fc.integer({min: 0, max: 4294967295});
const text = fc.string({unit: 'grapheme', maxLength: 30});
const privileges = fc.dictionary(fc.integer({min: 0, max: 65535}).map(String), u32, {maxKeys: 5}).map((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [Number(k), v])));

const service: fc.Arbitrary<ServiceSpec> = fc.oneof(
  fc.record({type: fc.constant(1 as const), privileges, channelName: text, uid: text}),
  fc.record({type: fc.constant(2 as const), privileges, userId: text}),
  fc.record({type: fc.constant(3 as const), privileges, channelName: text, account: text}),
  fc.record({type: fc.constant(4 as const), privileges}),
  fc.record({type: fc.constant(5 as const), privileges, userId: text}),
  fc.record({type: fc.constant(6 as const), privileges, channelName: text, account: text}),
  fc.record({type: fc.constant(7 as const), privileges, roomUuid: text, userUuid: text, role: fc.integer({min: -32768, max: 32767})}),
  fc.record({
    type: fc.constant(8 as const),
    privileges,
    userId: text,
    permissions: fc.array(fc.record({resourceType: fc.integer({min: 0, max: 4}), permissionType: fc.integer({min: 0, max: 1}), resources: fc.array(text, {maxLength: 3})}), {maxLength: 4}),
  }),
  fc.record({type: fc.constant(9 as const), privileges}),
  fc.record({type: fc.constant(10 as const), privileges}),
);

function expectedFields(s: ServiceSpec): Record<string, unknown> {
  const {type: _t, privileges: _p, ...rest} = s as ServiceSpec & Record<string, unknown>;
  void _t;
  void _p;
  if (s.type === 8) {
    // Written grouped and sorted by (resourceType, permissionType); the last entry for a pair wins.
    const byPair = new Map<string, (typeof s.permissions)[number]>();
    for (const e of s.permissions) byPair.set(`${e.resourceType}:${e.permissionType}`, e);
    rest.permissions = [...byPair.values()].sort((a, b) => a.resourceType - b.resourceType || a.permissionType - b.permissionType).map((e) => ({resourceType: e.resourceType, permissionType: e.permissionType, resources: e.resources}));
  }
  return rest;
}

test('property: decode(buildAccessToken2(x)) recovers header, services (ascending type, stable) and privileges', () => {
  fc.assert(
    fc.property(hex32, hex32, u32, fc.integer({min: 1, max: 4294967295}), u32, fc.array(service, {minLength: 1, maxLength: 5}), (appId, appCertificate, issueTs, salt, expire, services) => {
      const token = buildAccessToken2({appId, appCertificate, issueTs, salt, expire, services});
      const d = decodeToken(token);
      assert.ok(d.ok);
      const t = d.token as DecodedToken007;
      assert.deepEqual([t.version, t.appId, t.issueTs, t.salt, t.expire, t.expiresAt], ['007', appId, issueTs, salt, expire, issueTs + expire]);
      const ordered = services.map((s, i) => ({s, i})).sort((a, b) => a.s.type - b.s.type || a.i - b.i).map((x) => x.s);
      assert.equal(t.services.length, ordered.length);
      t.services.forEach((got, i) => {
        const want = ordered[i];
        assert.equal(got.type, want.type);
        const ids = Object.keys(want.privileges).map(Number).sort((a, b) => a - b);
        assert.deepEqual(got.privileges.map((p) => [p.id, p.expire, p.expiresAt]), ids.map((id) => [id, want.privileges[id], want.privileges[id] === 0 ? null : issueTs + want.privileges[id]]));
        const fields: Record<string, unknown> = {...got};
        delete fields.type;
        delete fields.name;
        delete fields.privileges;
        if (got.type === 8) fields.permissions = got.permissions.map(({resourceType, permissionType, resources}) => ({resourceType, permissionType, resources}));
        // Strings go through UTF-8; lone surrogates become U+FFFD, as with Node's Buffer.
        const norm = (v: unknown): unknown => (typeof v === 'string' ? new TextDecoder().decode(new TextEncoder().encode(v)) : Array.isArray(v) ? v.map(norm) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)])) : v);
        assert.deepEqual(fields, norm(expectedFields(want)));
      });
      assert.equal(verifyToken(t, appCertificate).status, 'valid');
    }),
    {numRuns: 400},
  );
});

test('property: every named builder round-trips its user-facing fields', () => {
  fc.assert(
    fc.property(fc.integer({min: 0, max: 2 ** 31}), fc.constantFrom(...BUILDER_KINDS), (seed, kind) => {
      const p = new Gen(seed).params(kind) as unknown as Record<string, unknown>;
      const d = decodeToken(buildToken(kind, p as never));
      assert.ok(d.ok && d.token.version === '007');
      const t = d.token;
      assert.deepEqual([t.appId, t.issueTs, t.salt], [p.appId, p.issueTs, p.salt]);
      const rtc = t.services.find((s) => s.type === 1);
      if ('channelName' in p) assert.equal(rtc && rtc.type === 1 && rtc.channelName, p.channelName);
      if ('uid' in p) assert.equal(rtc && rtc.type === 1 && rtc.uid, p.uid === 0 ? '' : String(p.uid));
      if ('account' in p) assert.equal(rtc && rtc.type === 1 && rtc.uid, p.account);
      if ('rtcAccount' in p) assert.equal(rtc && rtc.type === 1 && rtc.uid, p.rtcAccount === 0 ? '' : String(p.rtcAccount));
      const rtm = t.services.find((s) => s.type === 2 || s.type === 8);
      if ('rtmUserId' in p) assert.equal(rtm && 'userId' in rtm && rtm.userId, p.rtmUserId);
      if (kind === 'rtm' || kind === 'rtmPermissions') assert.equal(rtm && 'userId' in rtm && rtm.userId, p.userId);
      if ('tokenExpire' in p) assert.equal(t.expire, p.tokenExpire);
      if ('rtcTokenExpire' in p) assert.equal(t.expire, p.rtcTokenExpire);
      if ('expire' in p) assert.equal(t.expire, p.expire);
      if (kind === 'rtcUid' || kind === 'rtcAccount' || kind === 'rtcRtm') {
        const publisher = p.role === 1 || p.role === 'publisher';
        assert.deepEqual(rtc?.privileges.map((x) => x.id), publisher ? [1, 2, 3, 4] : [1]);
        assert.ok(rtc?.privileges.every((x) => x.expire === (p.privilegeExpire ?? 0)));
      }
      assert.equal(verifyToken(t, p.appCertificate as string).status, 'valid');
    }),
    {numRuns: 600},
  );
});

test('property: decode(buildToken006(x)) recovers salt, ts, privileges and the CRCs', () => {
  fc.assert(
    fc.property(hex32, hex32, text, fc.oneof(u32, text), u32, u32, privileges, (appId, appCertificate, channelName, uid, salt, ts, privs) => {
      const token = buildToken006({appId, appCertificate, channelName, uid, salt, ts, privileges: privs});
      const d = decodeToken(token);
      assert.ok(d.ok && d.token.version === '006');
      assert.deepEqual([d.token.appId, d.token.salt, d.token.ts], [appId, salt, ts]);
      const ids = Object.keys(privs).map(Number).sort((a, b) => a - b);
      assert.deepEqual(d.token.privileges.map((p) => [p.id, p.expire]), ids.map((id) => [id, privs[id]]));
      assert.equal(verifyToken(token, appCertificate, {channelName, uid}).status, 'valid');
    }),
    {numRuns: 300},
  );
});

test('property: any token with one changed content byte fails verification or decoding', () => {
  fc.assert(
    fc.property(fc.integer({min: 0, max: 2 ** 31}), fc.nat(), fc.integer({min: 1, max: 255}), (seed, at, flip) => {
      const gen = new Gen(seed);
      const kind = gen.pick(BUILDER_KINDS);
      const p = gen.params(kind);
      const d = decodeToken(buildToken(kind, p));
      assert.ok(d.ok && d.token.version === '007');
      const content = d.token.content.slice();
      content[at % content.length] ^= flip;
      const tampered = buildRaw007(content);
      const v = verifyToken(tampered, p.appCertificate);
      assert.notEqual(v.status, 'valid');
    }),
    {numRuns: 300},
  );
});

function buildRaw007(content: Uint8Array): string {
  return `007${toBase64(deflate(content))}`;
}
