// Differential test against agora-token 2.0.6: for random valid inputs across every builder,
// our token must be string-equal to agora-token's for the same salt and issue time; agora-token's
// parser and verifySignature must accept ours; we must decode and verify its tokens and read
// back the same fields its parser reads.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildToken, buildToken006, BUILDER_KINDS, decodeToken, verifyToken, type DecodedService, type DecodedToken007} from '../../../src/token';
import {agoraBuild, agoraBuild006, agoraParse, AccessToken006} from './agora';
import {Gen} from './gen';

const PER_BUILDER = 700; // 16 builders x 700 = 11,200 cases

function compareWithAgoraParser(ours: DecodedToken007, parser: {appId: string; issueTs: number; expire: number; salt: number; services: Array<Record<string, unknown>>}, label: string): void {
  assert.equal(parser.appId.toString(), ours.appId, `${label}: appId`);
  assert.equal(parser.issueTs, ours.issueTs, `${label}: issueTs`);
  assert.equal(parser.expire, ours.expire, `${label}: expire`);
  assert.equal(parser.salt, ours.salt, `${label}: salt`);
  assert.equal(parser.services.length, ours.services.length, `${label}: service count`);
  ours.services.forEach((s: DecodedService, i) => {
    const theirs = parser.services[i] as Record<string, unknown> & {__type: number; __privileges: Record<string, number>};
    assert.equal(theirs.__type, s.type, `${label}: service ${i} type`);
    const privileges = Object.fromEntries(s.privileges.map((p) => [String(p.id), p.expire]));
    assert.deepEqual({...theirs.__privileges}, privileges, `${label}: service ${i} privileges`);
    const text = (k: string) => String(theirs[k] ?? '');
    if (s.type === 1) assert.deepEqual([text('__channel_name'), text('__uid')], [s.channelName, s.uid]);
    if (s.type === 2 || s.type === 5 || s.type === 8) assert.equal(text('__user_id'), s.userId);
    if (s.type === 7) {
      assert.deepEqual([text('__room_uuid'), text('__user_uuid')], [s.roomUuid, s.userUuid]);
      // agora-token reads the signed 16-bit role as unsigned.
      assert.equal(theirs.__role, s.role & 0xffff);
    }
    if (s.type === 8) {
      const details = (theirs.__permissions as {details: Record<number, Record<number, string[]>>}).details;
      const flat = Object.entries(details).flatMap(([rt, byPerm]) => Object.entries(byPerm).map(([pt, resources]) => ({resourceType: Number(rt), permissionType: Number(pt), resources})));
      assert.deepEqual(flat, s.permissions.map(({resourceType, permissionType, resources}) => ({resourceType, permissionType, resources})));
    }
  });
}

test(`007: ${PER_BUILDER * BUILDER_KINDS.length} random inputs across ${BUILDER_KINDS.length} builders equal agora-token and cross-verify`, () => {
  const gen = new Gen(20240607);
  let cases = 0;
  for (const kind of BUILDER_KINDS) {
    for (let i = 0; i < PER_BUILDER; i++) {
      const params = gen.params(kind);
      const label = `${kind} #${i} ${JSON.stringify(params)}`;
      const theirs = agoraBuild(kind, params, i);
      const ours = buildToken(kind, params);
      assert.equal(ours, theirs, label);
      // agora-token reads and verifies what we built (string-equal, so this also checks our decode of theirs).
      const parsed = agoraParse(ours, params.appCertificate);
      assert.ok(parsed.parsed && parsed.verified, `${label}: agora-token rejects our token`);
      const decoded = decodeToken(theirs);
      assert.ok(decoded.ok, `${label}: we cannot decode agora-token's token`);
      assert.equal(decoded.token.version, '007');
      compareWithAgoraParser(decoded.token as DecodedToken007, parsed.parser, label);
      assert.equal(verifyToken(decoded.token, params.appCertificate).status, 'valid', `${label}: signature`);
      cases++;
    }
  }
  assert.equal(cases, PER_BUILDER * BUILDER_KINDS.length);
});

test('007: a wrong certificate fails on both sides', () => {
  const gen = new Gen(7);
  for (let i = 0; i < 200; i++) {
    const kind = gen.pick(BUILDER_KINDS);
    const params = gen.params(kind);
    const token = buildToken(kind, params);
    let other = gen.hex32();
    if (other === params.appCertificate) other = other.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    assert.equal(agoraParse(token, other).verified, false);
    assert.equal(verifyToken(token, other).status, 'invalid');
  }
});

test('006: 1,000 random legacy tokens equal agora-token AccessToken and verify', () => {
  const gen = new Gen(6006);
  for (let i = 0; i < 1000; i++) {
    const privileges: Record<number, number> = {};
    for (const id of [1, 2, 3, 4, 1000]) if (gen.bool(0.6)) privileges[id] = gen.u32();
    const uid = gen.bool() ? gen.uid() : gen.bool() ? gen.account() : gen.anyText(0, 10);
    const p = {appId: gen.hex32(), appCertificate: gen.hex32(), channelName: gen.bool(0.8) ? gen.channel() : gen.anyText(0, 20), uid, privileges, salt: gen.u32(), ts: gen.u32()};
    const theirs = agoraBuild006(p);
    const ours = buildToken006(p);
    assert.equal(ours, theirs, JSON.stringify(p));
    const parser = new AccessToken006('', '', '', '');
    assert.equal(parser.fromString(ours), true);
    const decoded = decodeToken(theirs);
    assert.ok(decoded.ok && decoded.token.version === '006');
    const t = decoded.token;
    assert.deepEqual([t.salt, t.ts, t.crcChannelName, t.crcUid], [parser.salt, parser.ts, parser.crc_channel_name, parser.crc_uid]);
    assert.deepEqual(Object.fromEntries(t.privileges.map((x) => [String(x.id), x.expire])), {...parser.messages});
    assert.equal(verifyToken(theirs, p.appCertificate, {channelName: p.channelName, uid: p.uid}).status, 'valid');
    assert.equal(verifyToken(theirs, gen.hex32(), {channelName: p.channelName, uid: p.uid}).status, 'invalid');
  }
});
