// Decodes and verifies the tokens the server returns with the project's token engine
// (src/token), and checks they carry what was asked for.
import assert from 'node:assert/strict';
import * as engine from '../../../src/token';
import {createHmac, timingSafeEqual} from 'node:crypto';
import {inflateSync} from 'node:zlib';

export type Service = {
  type: number;
  privileges: Record<number, number>;
  channelName?: string;
  uid?: string;
  userId?: string;
};
export type Decoded = {appId: string; issueTs: number; expire: number; salt: number; services: Service[]; signatureValid: boolean};

/** Decodes and verifies with the engine; the result is cross-checked by a second decoder. */
export function decodeToken(token: string, certificate: string): Decoded {
  const result = engine.decodeToken(token);
  assert.ok(result.ok, `the engine cannot decode the token: ${result.ok ? '' : `${result.error.part}: ${result.error.message}`}`);
  assert.deepEqual(result.cleaned, [], 'the token needed no cleaning');
  const t = result.token;
  assert.equal(t.version, '007');
  if (t.version !== '007') throw new Error('unreachable');
  assert.equal(t.stoppedAt, undefined);
  const services = t.services.map((s): Service => {
    const out: Service = {type: s.type, privileges: Object.fromEntries(s.privileges.map((p) => [p.id, p.expire]))};
    if (s.type === 1) Object.assign(out, {channelName: s.channelName, uid: s.uid});
    if (s.type === 2 || s.type === 5) out.userId = s.userId;
    return out;
  });
  const decoded: Decoded = {
    appId: t.appId,
    issueTs: t.issueTs,
    expire: t.expire,
    salt: t.salt,
    services,
    signatureValid: engine.verifyToken(t, certificate).valid,
  };
  // A second, minimal decoder written from the format notes: the two must agree.
  assert.deepEqual(decodeIndependently(token, certificate), decoded, 'engine and independent decoder agree');
  return decoded;
}

function decodeIndependently(token: string, certificate: string): Decoded {
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
  const services: Service[] = [];
  for (let i = 0; i < count; i++) {
    const type = u16();
    const privileges: Record<number, number> = {};
    for (let n = u16(); n > 0; n--) privileges[u16()] = u32();
    const s: Service = {type, privileges};
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

export type Expectation = {
  appId: string;
  certificate: string;
  expire: number;
  /** Unix seconds around the request: the token's issue time must fall inside. */
  window: [number, number];
  services: Service[];
};

/** Privileges of an RTC role: publisher 1-4, subscriber join (1) only. */
export function rtcPrivileges(role: 'publisher' | 'subscriber', expire: number): Record<number, number> {
  return role === 'publisher' ? {1: expire, 2: expire, 3: expire, 4: expire} : {1: expire};
}

export function expectToken(token: unknown, e: Expectation): Decoded {
  assert.equal(typeof token, 'string', 'token is a string');
  const d = decodeToken(token as string, e.certificate);
  assert.equal(d.signatureValid, true, 'signature verifies with the App Certificate');
  assert.equal(d.appId, e.appId, 'App ID');
  assert.ok(d.issueTs >= e.window[0] && d.issueTs <= e.window[1], `issueTs ${d.issueTs} within ${e.window}`);
  assert.equal(d.expire, e.expire, 'token expiry (seconds after issue)');
  assert.deepEqual(d.services, e.services, 'services, fields and privileges');
  return d;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
