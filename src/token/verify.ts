// Signature verification for 007 and 006 tokens, with constant-time comparison and hints for
// the usual causes of a mismatch.
import {fromHex} from './bytes';
import {constantTimeEqual, crc32, hmacSha256} from './crypto';
import {signingKey} from './sign';
import {decodeToken, type DecodedToken, type DecodedToken007} from './decode';
import {check006} from './legacy';
import {uidText} from './params';
import {validateAppCertificate} from './validate';

/** The channel and uid a 006 token was built for (006 stores only their CRC-32). */
export interface Verify006Context {
  channelName: string;
  /** Number (0 = "") or user account string. */
  uid: number | string;
}

/** Outcome of a signature check. `unchecked` means it could not be checked (see message). */
export type VerifyResult =
  | {status: 'valid'; valid: true; version: '007' | '006'; message: string}
  | {status: 'invalid'; valid: false; version: '007' | '006'; message: string}
  | {status: 'unchecked'; valid: false; message: string; field?: string};

function check007(token: DecodedToken007, certificate: string): boolean {
  const expected = hmacSha256(signingKey(certificate, token.issueTs, token.salt), token.content.subarray(token.signedFrom));
  return constantTimeEqual(fromHex(token.signature), expected);
}

function caseHint(ok: (cert: string) => boolean, certificate: string): string {
  for (const variant of [certificate.toLowerCase(), certificate.toUpperCase()]) {
    if (variant !== certificate && ok(variant)) {
      return ` It does match the same certificate in ${variant === certificate.toLowerCase() ? 'lower' : 'upper'} case: the certificate is signed as text, so use it exactly as Agora Console shows it.`;
    }
  }
  return '';
}

/**
 * Checks a token's signature with an App Certificate. For 006 tokens pass the channel and
 * uid the token was built for. Never throws.
 */
export function verifyToken(token: string | DecodedToken, appCertificate: string, context?: Verify006Context): VerifyResult {
  try {
    const certIssue = validateAppCertificate(appCertificate);
    if (certIssue) return {status: 'unchecked', valid: false, field: 'appCertificate', message: certIssue.message};
    let decoded: DecodedToken;
    if (typeof token === 'string') {
      const result = decodeToken(token);
      if (!result.ok) return {status: 'unchecked', valid: false, field: 'token', message: `The token could not be decoded (${result.error.part}): ${result.error.message}`};
      decoded = result.token;
    } else {
      decoded = token;
    }
    if (decoded.version === '007') {
      if (check007(decoded, appCertificate)) return {status: 'valid', valid: true, version: '007', message: 'The signature matches this App Certificate.'};
      return {
        status: 'invalid',
        valid: false,
        version: '007',
        message: `The signature does not match this App Certificate: the token was built with another certificate (another project, or a certificate that was since renewed) or it was altered.${caseHint((c) => check007(decoded as DecodedToken007, c), appCertificate)}`,
      };
    }
    if (!context || typeof context.channelName !== 'string' || (typeof context.uid !== 'string' && typeof context.uid !== 'number')) {
      return {status: 'unchecked', valid: false, field: 'channelName', message: 'A 006 token signs the channel name and uid but stores only their checksums: give the channel name and uid to check its signature.'};
    }
    const uid = uidText(context.uid);
    if (crc32(context.channelName) !== decoded.crcChannelName) {
      return {status: 'invalid', valid: false, version: '006', message: `This 006 token was not built for channel ${JSON.stringify(context.channelName)} (its channel checksum differs), so the signature cannot match.`};
    }
    if (crc32(uid) !== decoded.crcUid) {
      return {status: 'invalid', valid: false, version: '006', message: `This 006 token was not built for uid ${JSON.stringify(uid)} (its uid checksum differs)${crc32('') === decoded.crcUid ? '; it was built for uid 0 (any uid)' : ''}.`};
    }
    const d = decoded;
    const ok = (c: string) => check006(d.signature, c, d.appId, context.channelName, uid, d.message);
    if (ok(appCertificate)) return {status: 'valid', valid: true, version: '006', message: 'The signature matches this App Certificate, channel and uid.'};
    return {status: 'invalid', valid: false, version: '006', message: `The signature does not match this App Certificate (channel and uid do match): another certificate was used, or the token was altered.${caseHint(ok, appCertificate)}`};
  } catch (e) {
    return {status: 'unchecked', valid: false, message: `The signature could not be checked: ${e instanceof Error ? e.message : String(e)}.`};
  }
}
