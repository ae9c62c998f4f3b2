// Legacy token version 006: a builder (for tests, vectors and comparisons with old servers)
// and the signature check, which must run over the message bytes exactly as received.
import {ByteWriter, concat, fromHex, toBase64, utf8} from './bytes';
import {constantTimeEqual, crc32, hmacSha256, nowSeconds, randomSalt} from './crypto';
import {TokenInputError, type FieldIssue} from './errors';
import {uidText} from './params';
import {U32_MAX, issue, validateAppCertificate, validateAppId, validateTokenString} from './validate';

/** Privilege ids of 006 tokens. */
export const Privilege006 = {JOIN_CHANNEL: 1, PUBLISH_AUDIO_STREAM: 2, PUBLISH_VIDEO_STREAM: 3, PUBLISH_DATA_STREAM: 4, RTM_LOGIN: 1000} as const;

/** Inputs of a 006 token. Privilege values are absolute Unix times (0 = no expiry). */
export interface Token006Params {
  appId: string;
  appCertificate: string;
  channelName: string;
  /** A number (0 → "") or a user account string, as agora-token's AccessToken. */
  uid: number | string;
  privileges: Record<number, number>;
  /** Default: random 1..99999999 (agora-token picks one per process). */
  salt?: number;
  /** Message timestamp; default now + 24 h, as every 006 builder does. */
  ts?: number;
}

/** Builds a legacy 006 token (agora-token's AccessToken with the same salt and ts). */
export function buildToken006(params: Token006Params): string {
  const p = params ?? ({} as Token006Params);
  const issues = [
    validateAppId(p.appId),
    validateAppCertificate(p.appCertificate),
    validateTokenString(p.channelName, 'channelName', 'Channel name'),
    typeof p.uid === 'number' && (!Number.isInteger(p.uid) || p.uid < 0 || p.uid > U32_MAX)
      ? issue('uid', 'range', p.uid, `uid must be an integer from 0 to ${U32_MAX}.`)
      : typeof p.uid === 'string' ? validateTokenString(p.uid, 'uid', 'uid') : typeof p.uid === 'number' ? null
      : issue('uid', 'type', p.uid, 'uid must be a number or a string.'),
  ].filter((i): i is FieldIssue => i !== null);
  for (const [id, v] of Object.entries(p.privileges ?? {})) {
    if (!Number.isInteger(Number(id)) || Number(id) < 0 || Number(id) > 65535 || typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > U32_MAX) {
      issues.push(issue('privileges', 'range', {[id]: v}, `Privilege ${id} must map to a Unix time from 0 to ${U32_MAX}.`));
    }
  }
  for (const [name, v] of [['salt', p.salt], ['ts', p.ts]] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > U32_MAX)) issues.push(issue(name, 'range', v, `${name} must be an integer from 0 to ${U32_MAX}.`));
  }
  if (issues.length > 0) throw new TokenInputError(issues);
  const uid = uidText(p.uid);
  const w = new ByteWriter().u32(p.salt ?? randomSalt()).u32(p.ts ?? nowSeconds() + 86400);
  const ids = Object.keys(p.privileges ?? {}).map(Number).sort((a, b) => a - b);
  w.u16(ids.length);
  for (const id of ids) w.u16(id).u32(p.privileges[id]);
  const message = w.finish();
  const signature = sign006(p.appCertificate, p.appId, p.channelName, uid, message);
  const content = new ByteWriter().bytes(signature).u32(crc32(p.channelName)).u32(crc32(uid)).bytes(message).finish();
  return `006${p.appId}${toBase64(content)}`;
}

/** HMAC-SHA256(certificate text, appId + channelName + uid + message). */
export function sign006(certificate: string, appId: string, channelName: string, uid: string, message: Uint8Array): Uint8Array {
  return hmacSha256(utf8(certificate), concat([utf8(appId), utf8(channelName), utf8(uid), message]));
}

/** Constant-time check of a 006 signature over the received message bytes. */
export function check006(signatureHex: string, certificate: string, appId: string, channelName: string, uid: string, message: Uint8Array): boolean {
  const expected = sign006(certificate, appId, channelName, uid, message);
  return constantTimeEqual(fromHex(signatureHex), expected);
}

/** A key of a format older than 006, recognised by its shape (the DynamicKey* builders of AgoraIO/Tools). */
export interface LegacyKey {
  /** e.g. "version 005". */
  name: string;
  /** The App ID it carries in clear, when its format has one. */
  appId?: string;
}

const HEX = '[0-9a-fA-F]';
const LEGACY_SHAPES: Array<[RegExp, string, number | null]> = [
  // Signature (40 hex, HMAC-SHA1), App ID, issue time (10 digits), salt (8 hex), then uid and expiry.
  [new RegExp(`^003${HEX}{40}(${HEX}{32})\\d{10}${HEX}{8}\\d{20}$`), 'version 003', 1],
  [new RegExp(`^004${HEX}{40}(${HEX}{32})\\d{10}${HEX}{8}\\d{10}$`), 'version 004', 1],
  [new RegExp(`^${HEX}{40}(${HEX}{32})\\d{10}${HEX}{8}\\d{20}$`), 'an unnumbered key with a uid, before version 003', 1],
  [new RegExp(`^${HEX}{40}(${HEX}{32})\\d{10}${HEX}{8}$`), 'the first, unnumbered key', 1],
  // Version 5: "005" and base64 of its content.
  [/^005[A-Za-z0-9+/]{16,}={0,2}$/, 'version 005', null],
  // The Signaling (RTM 1.x predecessor) token: "1:appId:expiry:md5".
  [new RegExp(`^1:(${HEX}{32}):\\d+:${HEX}{32}$`), 'a token of Signaling, the service RTM replaced', 1],
];

/** Recognises the dynamic keys that came before 006 tokens, so they are named rather than called malformed. */
export function recogniseLegacyKey(text: string): LegacyKey | null {
  for (const [shape, name, group] of LEGACY_SHAPES) {
    const m = shape.exec(text);
    if (m) return group === null ? {name} : {name, appId: m[group]};
  }
  if (/^00[1-5]/.test(text)) return {name: `version ${text.slice(0, 3)}`};
  return null;
}
