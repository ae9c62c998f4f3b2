// Decoding of 007 and legacy 006 tokens into typed structures. decodeToken never throws:
// every failure becomes a DecodeError that names the part and explains it.
import {ByteReader, fromBase64, fromUtf8, ShortReadError, toHex, type LayoutEntry} from './bytes';
import {cleanTokenInput, normalizeBase64, type TokenRepair} from './clean';
import {CountError, type DecodeError} from './errors';
import {InflateError, zlibDecompress} from './inflate';
import {recogniseLegacyKey} from './legacy';
import {decodeServiceBody, isKnownServiceType, privilegeName, readPrivileges, type DecodedPrivilege, type DecodedService} from './services';

/** Where and why decoding of the service list stopped early (an unknown service type). */
export interface StoppedAt {
  /** Index of the service that could not be read. */
  serviceIndex: number;
  /** Its type id. */
  type: number;
  /** Byte offset of the type id in the uncompressed content. */
  offset: number;
  reason: string;
}

/** A decoded 007 token. Relative times are seconds after issueTs; `...At` fields are Unix times. */
export interface DecodedToken007 {
  version: '007';
  appId: string;
  /** Unix time the token was issued. */
  issueTs: number;
  /** Lifetime in seconds after issueTs. */
  expire: number;
  /** issueTs + expire. */
  expiresAt: number;
  salt: number;
  /** Services in token order. */
  services: DecodedService[];
  /** HMAC-SHA256 signature, hex. */
  signature: string;
  /** Set when an unknown service type stopped decoding; services holds those before it. */
  stoppedAt?: StoppedAt;
  /** Remarks about the content (e.g. a string that is not valid UTF-8). */
  notes: string[];
  /** Uncompressed content: string(signature) then the signed bytes. */
  content: Uint8Array;
  /** Offset in `content` where the signed bytes (signingInfo) start. */
  signedFrom: number;
  /** Every field's position in `content`, for a hex view. */
  layout: LayoutEntry[];
}

/** A decoded legacy 006 token: privileges hold absolute Unix times; channel and uid only as CRC-32. */
export interface DecodedToken006 {
  version: '006';
  appId: string;
  salt: number;
  /** The message timestamp; every builder sets it to issue time + 24 h, and the token ends then. */
  ts: number;
  /** Same as ts: when the token itself stops working. */
  expiresAt: number;
  /** CRC-32 of the channel name the token was built for. */
  crcChannelName: number;
  /** CRC-32 of the uid string ("" for uid 0). */
  crcUid: number;
  privileges: DecodedPrivilege[];
  /** HMAC-SHA256 signature, hex. */
  signature: string;
  notes: string[];
  /** Bytes after the App ID (base64-decoded, not compressed). */
  content: Uint8Array;
  /** The signed message (salt, ts, privileges) exactly as received. */
  message: Uint8Array;
  layout: LayoutEntry[];
}

/** A decoded token of either version. */
export type DecodedToken = DecodedToken007 | DecodedToken006;

/**
 * Result of decodeToken: the token and the cleaning notes, or a structured error. `repairs` lists
 * the changes made to the token's own characters (Agora rejects the string as given when there is
 * any); `text` is the cleaned token text, when cleaning got that far.
 */
export type DecodeResult =
  | {ok: true; token: DecodedToken; cleaned: string[]; repairs: TokenRepair[]; text: string}
  | {ok: false; error: DecodeError; cleaned: string[]; repairs: TokenRepair[]; text?: string};

const MAX_CONTENT = 1 << 20;
/**
 * Caps on the counts a token announces. Agora's builders write at most 3 services and 4 privileges
 * a service (agora-token 2.0.6); a hostile token can announce 65,535 of each in a few hundred
 * bytes, and showing them all would freeze the page.
 */
export const MAX_SERVICES = 10;
export const MAX_PRIVILEGES = 8;
/** RTM permission resources (channel names) in one token. */
export const MAX_RESOURCES = 256;

function fail(error: DecodeError, cleaned: string[], repairs: TokenRepair[], text?: string): DecodeResult {
  return text === undefined ? {ok: false, error, cleaned, repairs} : {ok: false, error, cleaned, repairs, text};
}

/** What text that starts with neither 007 nor 006 is, as the error at its first character. */
function prefixError(text: string): DecodeError {
  const legacy = recogniseLegacyKey(text);
  const message = /^[0-9a-fA-F]{32}$/.test(text)
    ? 'This is 32 hex characters: an App ID or App Certificate, not a token. A token starts with 007 and is much longer.'
    : legacy
      ? `This is a legacy dynamic key (${legacy.name}${legacy.appId ? `, for App ID ${legacy.appId}` : ''}), a format older than version 006 tokens: build a 007 token instead, with a current builder such as the npm package agora-token.`
      : /^eJ/.test(text)
        ? 'The "007" version prefix is missing: the text starts with the compressed body ("eJ..."). Put 007 in front of it.'
        : `A token starts with "007" (or "006" for legacy tokens); this starts with ${JSON.stringify(text.slice(0, 3))}.`;
  return {part: 'prefix', offset: 0, message};
}

function base64Bytes(body: string, offset: number, cleaned: string[], repairs: TokenRepair[]): {bytes: Uint8Array} | {error: DecodeError} {
  const normalized = normalizeBase64(body, cleaned, repairs);
  const decoded = fromBase64(normalized, offset);
  if (!decoded.ok) {
    return {error: {part: 'base64', offset: decoded.position, message: `The text after the prefix is not valid base64: ${decoded.reason}. Copy the whole token again.`}};
  }
  if (decoded.bytes.length === 0) return {error: {part: 'base64', offset, message: 'There is nothing after the version prefix: the token is empty.'}};
  return {bytes: decoded.bytes};
}

function inflateContent(bytes: Uint8Array): {content: Uint8Array} | {error: DecodeError} {
  try {
    return {content: zlibDecompress(bytes, MAX_CONTENT)};
  } catch (e) {
    if (e instanceof InflateError && e.kind === 'trailing') return {error: {part: 'trailing', message: `There are ${e.message}; the token has something appended to it.`}};
    const message = !(e instanceof InflateError)
      ? `The compressed data could not be read (${e instanceof Error ? e.message : String(e)}).`
      : e.kind === 'truncated'
        ? 'The compressed data ends early: the token was cut off. Copy the whole token again.'
        : e.kind === 'too-large'
          ? 'The compressed data expands to more than 1 MB; no real token is that large.'
          : `The compressed data is not a valid zlib stream (${e.message}). The token was altered or is not an Agora 007 token.`;
    return {error: {part: 'zlib', message}};
  }
}

/** The DecodeError of a failure inside the content: a field cut short, or a count above the decoder's limit. */
function fieldError(e: unknown, r: ByteReader): DecodeError {
  if (e instanceof ShortReadError) {
    const what = e.field.endsWith(' (length)') ? `the length of ${e.field.slice(0, -9)}` : e.field;
    return {
      part: 'field',
      field: e.field.replace(/ \((length|count)\)$/, ''),
      fieldNumber: r.layout.length + 1,
      offset: e.offset,
      message: `The content ends inside field ${r.layout.length + 1} (${what}) at byte ${e.offset}: it needs ${e.needed} byte(s) but only ${e.available} remain. The token is truncated or was not produced by an Agora builder.`,
    };
  }
  if (e instanceof CountError) return {part: 'field', field: e.field, offset: e.offset, message: e.message};
  return {part: 'field', message: `Unexpected problem reading the content: ${e instanceof Error ? e.message : String(e)}.`};
}

/** Decodes the uncompressed content of a 007 token. */
export function decodeContent007(content: Uint8Array): {token: DecodedToken007} | {error: DecodeError} {
  const r = new ByteReader(content);
  const notes: string[] = [];
  try {
    const signature = r.bytes('signature');
    const signedFrom = r.pos;
    const appIdText = fromUtf8(r.bytes('appId'));
    if (!appIdText.valid) notes.push('appId is not valid UTF-8.');
    const issueTs = r.u32('issueTs');
    const expire = r.u32('expire');
    const salt = r.u32('salt');
    const count = r.u16('services (count)');
    const token: DecodedToken007 = {
      version: '007',
      appId: appIdText.text,
      issueTs,
      expire,
      expiresAt: issueTs + expire,
      salt,
      services: [],
      signature: toHex(signature),
      notes,
      content,
      signedFrom,
      layout: r.layout,
    };
    if (signature.length !== 32) notes.push(`The signature is ${signature.length} bytes long; an HMAC-SHA256 signature is 32 bytes.`);
    if (count > MAX_SERVICES) throw new CountError('services', r.pos - 2, count, MAX_SERVICES, 'services', 'there are 10 service types and Agora\'s builders write one to three of them');
    for (let i = 0; i < count; i++) {
      const offset = r.pos;
      const type = r.u16(`services[${i}].type`);
      if (!isKnownServiceType(type)) {
        token.stoppedAt = {
          serviceIndex: i,
          type,
          offset,
          reason: `Service ${i} has type ${type}, which is not one of the known types 1-10. Services carry no length, so the rest of the token cannot be read; ${i} of ${count} service(s) decoded.`,
        };
        return {token};
      }
      token.services.push(decodeServiceBody(r, type, `services[${i}]`, issueTs, notes, {privileges: MAX_PRIVILEGES, resources: MAX_RESOURCES}));
    }
    if (r.remaining > 0) {
      return {error: {part: 'trailing', offset: r.pos, field: `after services[${count - 1}]`, message: `There are ${r.remaining} unexpected byte(s) at offset ${r.pos}, after the last of the ${count} service(s) the header announces.`}};
    }
    return {token};
  } catch (e) {
    return {error: fieldError(e, r)};
  }
}

/** Decodes the base64-decoded content of a 006 token. */
export function decodeContent006(appId: string, content: Uint8Array): {token: DecodedToken006} | {error: DecodeError} {
  const r = new ByteReader(content);
  const notes: string[] = [];
  try {
    const signature = r.bytes('signature');
    const crcChannelName = r.u32('crcChannelName');
    const crcUid = r.u32('crcUid');
    const messageStart = r.pos + 2;
    const message = r.bytes('message');
    if (r.remaining > 0) return {error: {part: 'trailing', offset: r.pos, field: 'after message', message: `There are ${r.remaining} unexpected byte(s) at offset ${r.pos}, after the message.`}};
    const m = new ByteReader(message);
    const salt = m.u32('message.salt');
    const ts = m.u32('message.ts');
    const count = m.u16('message.privileges (count)');
    if (count > MAX_PRIVILEGES) throw new CountError('message.privileges', messageStart + m.pos - 2, count, MAX_PRIVILEGES, 'privileges', 'Agora\'s 006 builders write one to five');
    // 006 privilege ids are the RTC ones of 007, and 1000 for RTM login.
    const privileges = readPrivileges(m, 'message', count, (id) => (id === 1000 ? 'rtmLogin' : privilegeName(1, id)), 0);
    if (m.remaining > 0) {
      return {error: {part: 'trailing', offset: messageStart + m.pos, field: 'message', message: `There are ${m.remaining} unexpected byte(s) at the end of the signed message.`}};
    }
    if (signature.length !== 32) notes.push(`The signature is ${signature.length} bytes long; an HMAC-SHA256 signature is 32 bytes.`);
    const layout = [...r.layout, ...m.layout.map((e) => ({...e, offset: e.offset + messageStart}))];
    return {token: {version: '006', appId, salt, ts, expiresAt: ts, crcChannelName, crcUid, privileges, signature: toHex(signature), notes, content, message, layout}};
  } catch (e) {
    return {error: fieldError(e, r)};
  }
}

/** Decodes cleaned token text, by its version prefix; normalizing its base64 adds to cleaned and repairs. */
function decodeText(text: string, cleaned: string[], repairs: TokenRepair[]): {token: DecodedToken} | {error: DecodeError} {
  const version = text.slice(0, 3);
  if (version === '007') {
    const b = base64Bytes(text.slice(3), 3, cleaned, repairs);
    if ('error' in b) return b;
    const z = inflateContent(b.bytes);
    return 'error' in z ? z : decodeContent007(z.content);
  }
  if (version === '006') {
    const appId = text.slice(3, 35);
    if (!/^[0-9a-fA-F]{32}$/.test(appId)) return {error: {part: 'prefix', offset: 3, message: `A 006 token continues with the 32 hex characters of its App ID; found ${JSON.stringify(appId)}.`}};
    const b = base64Bytes(text.slice(35), 35, cleaned, repairs);
    return 'error' in b ? b : decodeContent006(appId, b.bytes);
  }
  return {error: prefixError(text)};
}

/**
 * Decodes a 007 or 006 token from pasted text. Never throws: returns the token and notes on
 * what was cleaned from the input, or an error naming the part that failed.
 */
export function decodeToken(input: string): DecodeResult {
  try {
    const clean = cleanTokenInput(input);
    const {cleaned, repairs} = clean;
    if (!clean.ok) return fail({part: 'input', message: clean.message}, cleaned, repairs);
    const text = clean.text;
    const d = decodeText(text, cleaned, repairs);
    return 'error' in d ? fail(d.error, cleaned, repairs, text) : {ok: true, token: d.token, cleaned, repairs, text};
  } catch (e) {
    // Defensive: the steps above report their own failures; this keeps the never-throw promise.
    return fail({part: 'input', message: `The token could not be read: ${e instanceof Error ? e.message : String(e)}.`}, [], []);
  }
}

/** A JSON-friendly copy of a decoded token (binary fields dropped; names follow the format). */
export function tokenToJSON(token: DecodedToken): Record<string, unknown> {
  const out: Record<string, unknown> = {...token};
  delete out.content;
  delete out.layout;
  delete out.message;
  delete out.signedFrom;
  if (Array.isArray(out.notes) && out.notes.length === 0) delete out.notes;
  return out;
}
