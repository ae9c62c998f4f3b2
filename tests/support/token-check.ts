// Decoding a token in a test, with three opinions that must agree: the project's own engine
// (src/token: decodeToken + verifyToken), agora-token's parser and signature check (the official
// reference), and a minimal decoder written here from the format notes. A bug in any one of them
// cannot pass a bad token. Used by the language sample tests, the token server tests and the
// end-to-end tests of the live components (which load it under Playwright's TypeScript transform).
import assert from 'node:assert/strict';
import {createHmac, timingSafeEqual} from 'node:crypto';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {inflateSync} from 'node:zlib';
import {decodeToken, verifyToken} from '../../src/token';

// Resolved from the repository root (every test runner starts there): Playwright's transform
// has no import.meta.
const require = createRequire(join(process.cwd(), 'package.json'));

/** RTC privilege ids (join, publish audio, publish video, publish data stream). */
export const JOIN = 1;
export const PUBLISH_AUDIO = 2;
export const PUBLISH_VIDEO = 3;
export const PUBLISH_DATA = 4;

/** Privilege map of the RTC role builders: publisher gets 1-4, subscriber only join. */
export function rolePrivileges(role: 'publisher' | 'subscriber', seconds: number): Record<number, number> {
  return role === 'publisher'
    ? {[JOIN]: seconds, [PUBLISH_AUDIO]: seconds, [PUBLISH_VIDEO]: seconds, [PUBLISH_DATA]: seconds}
    : {[JOIN]: seconds};
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

// ---- agora-token, the reference ----------------------------------------------------------

type AgoraService = {
  __type: number;
  __privileges: Record<string, number>;
  __channel_name?: string;
  __uid?: string;
  __user_id?: string;
  __room_uuid?: string;
  __user_uuid?: string;
  __role?: number;
};
type AgoraAccessToken2 = {
  appId: string;
  issueTs: number;
  expire: number;
  salt: number;
  services: AgoraService[];
  from_string(token: string): boolean;
  verifySignature(cert: string): boolean;
  add_service(s: unknown): void;
  build(): string;
};

// agora-token's own classes (Node only), for the tests that build a token with it too.
const {AccessToken2, ServiceRtc} = require('agora-token/src/AccessToken2.js') as {
  AccessToken2: new (...args: unknown[]) => AgoraAccessToken2;
  ServiceRtc: new (channel: string, uid: number | string) => {add_privilege(p: number, e: number): void};
};
export {AccessToken2 as AgoraAccessToken2, ServiceRtc as AgoraServiceRtc};
export const agora = require('agora-token') as {
  RtcTokenBuilder: Record<string, (...args: unknown[]) => string>;
  RtcRole: {PUBLISHER: number; SUBSCRIBER: number};
  RtmTokenBuilder: Record<string, (...args: unknown[]) => string>;
  ChatTokenBuilder: Record<string, (...args: unknown[]) => string>;
  FpaTokenBuilder: Record<string, (...args: unknown[]) => string>;
  ApaasTokenBuilder: Record<string, (...args: unknown[]) => string>;
};
export const {AccessToken: AgoraAccessToken006, priviledges: privileges006} = require('agora-token/src/AccessToken.js') as {
  AccessToken: new (appId: string, cert: string, channel: string, uid: number | string) => {build(): string; addPriviledge(p: number, t: number): void; salt: number; ts: number};
  priviledges: Record<string, number>;
};

export type ParsedService = {
  type: number;
  privileges: Record<string, number>;
  channel?: string;
  uid?: string;
  userId?: string;
  roomUuid?: string;
  userUuid?: string;
  role?: number;
};
export type Parsed = {appId: string; issueTs: number; expire: number; salt: number; services: ParsedService[]};

/** Parses a 007 token with agora-token and checks its signature with the certificate. */
export function parseWithAgora(token: string, certificate: string): {parsed: Parsed; signatureValid: boolean} {
  const t = new AccessToken2('', '', 0, 0);
  assert.ok(t.from_string(token), `agora-token parses ${token.slice(0, 20)}…`);
  // agora-token's parser keeps strings as Buffers.
  const text = (v: unknown) => (Buffer.isBuffer(v) ? v.toString('utf8') : (v as string));
  return {
    parsed: {
      appId: text(t.appId),
      issueTs: t.issueTs,
      expire: t.expire,
      salt: t.salt,
      services: t.services.map((s) => ({
        type: s.__type,
        privileges: {...s.__privileges},
        ...(s.__channel_name !== undefined ? {channel: text(s.__channel_name)} : {}),
        ...(s.__uid !== undefined ? {uid: text(s.__uid)} : {}),
        ...(s.__user_id !== undefined ? {userId: text(s.__user_id)} : {}),
        ...(s.__room_uuid !== undefined ? {roomUuid: text(s.__room_uuid), userUuid: text(s.__user_uuid), role: s.__role} : {}),
      })),
    },
    signatureValid: t.verifySignature(certificate),
  };
}

// ---- the three opinions ------------------------------------------------------------------

export type DecodedService = {
  type: number;
  privileges: Record<number, number>;
  channelName?: string;
  uid?: string;
  userId?: string;
};

export type DecodedForTest = {
  appId: string;
  issueTs: number;
  expire: number;
  salt: number;
  services: DecodedService[];
  signatureValid: boolean;
};

/**
 * Decodes a 007 token and verifies it with the certificate, with the engine; agora-token and the
 * independent decoder below must read the same fields and the same signature verdict.
 */
export function decodeForTest(token: string, certificate: string): DecodedForTest {
  const result = decodeToken(token);
  assert.ok(result.ok, `the engine could not decode ${JSON.stringify(token)}: ${result.ok ? '' : `${result.error.part}: ${result.error.message}`}`);
  assert.deepEqual(result.cleaned, [], 'the token needed no cleaning before decoding');
  const t = result.token;
  assert.equal(t.version, '007', `expected a 007 token, got ${t.version}`);
  if (t.version !== '007') throw new Error('unreachable');
  assert.equal(t.stoppedAt, undefined, `decoding stopped early: ${t.stoppedAt?.reason}`);

  const decoded: DecodedForTest = {
    appId: t.appId,
    issueTs: t.issueTs,
    expire: t.expire,
    salt: t.salt,
    services: t.services.map((s) => {
      const out: DecodedService = {type: s.type, privileges: Object.fromEntries(s.privileges.map((p) => [p.id, p.expire]))};
      if (s.type === 1) Object.assign(out, {channelName: s.channelName, uid: s.uid});
      else if (s.type === 2 || s.type === 5) out.userId = s.userId;
      return out;
    }),
    signatureValid: verifyToken(t, certificate).valid,
  };

  const reference = parseWithAgora(token, certificate);
  assert.equal(
    decoded.signatureValid,
    reference.signatureValid,
    `the engine (${decoded.signatureValid}) and agora-token (${reference.signatureValid}) disagree about the signature`,
  );
  const {parsed} = reference;
  assert.deepEqual(
    {appId: parsed.appId, issueTs: parsed.issueTs, expire: parsed.expire, salt: parsed.salt, services: parsed.services.map(({channel, ...rest}) => (channel === undefined ? rest : {...rest, channelName: channel}))},
    {appId: decoded.appId, issueTs: decoded.issueTs, expire: decoded.expire, salt: decoded.salt, services: decoded.services},
    'the engine and agora-token read the same fields',
  );
  assert.deepEqual(decodeIndependently(token, certificate), decoded, 'the engine and the independent decoder agree');
  return decoded;
}

/** A second, minimal decoder written from the format notes (RTC, RTM and Chat services). */
function decodeIndependently(token: string, certificate: string): DecodedForTest {
  assert.ok(token.startsWith('007'), `token version is ${JSON.stringify(token.slice(0, 3))}, expected 007`);
  const raw = inflateSync(Buffer.from(token.slice(3), 'base64'));
  let at = 0;
  const u16 = () => ((at += 2), raw.readUInt16LE(at - 2));
  const u32 = () => ((at += 4), raw.readUInt32LE(at - 4));
  const bytes = () => {
    const n = u16();
    at += n;
    return raw.subarray(at - n, at);
  };
  const str = () => bytes().toString('utf8');
  const signature = bytes();
  const signingStart = at;
  const appId = str();
  const issueTs = u32();
  const expire = u32();
  const salt = u32();
  const count = u16();
  const services: DecodedService[] = [];
  for (let i = 0; i < count; i++) {
    const type = u16();
    const privileges: Record<number, number> = {};
    for (let n = u16(); n > 0; n--) privileges[u16()] = u32();
    const s: DecodedService = {type, privileges};
    if (type === 1) {
      s.channelName = str();
      s.uid = str();
    } else if (type === 2 || type === 5) {
      s.userId = str();
    } else {
      assert.fail(`unexpected service type ${type}`);
    }
    services.push(s);
  }
  assert.equal(at, raw.length, 'trailing bytes after the last service');
  const u32le = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const k1 = createHmac('sha256', u32le(issueTs)).update(certificate).digest();
  const k2 = createHmac('sha256', u32le(salt)).update(k1).digest();
  const expected = createHmac('sha256', k2).update(raw.subarray(signingStart)).digest();
  const signatureValid = expected.length === signature.length && timingSafeEqual(expected, signature);
  return {appId, issueTs, expire, salt, services, signatureValid};
}
