// Decoding and verification for the language tests, with the project's own engine (src/token):
// decodeToken + verifyToken. agora-token's parser and verifySignature check the same token as a
// second, independent opinion, so a bug in either cannot pass a bad sample.
import {createRequire} from 'node:module';
import {decodeToken, verifyToken} from '../../src/token';

const require = createRequire(import.meta.url);

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

type AgoraAccessToken2 = {from_string(token: string): boolean; verifySignature(certificate: string): boolean};
const {AccessToken2} = require('agora-token/src/AccessToken2') as {AccessToken2: new () => AgoraAccessToken2};

export function decodeForTest(token: string, certificate: string): DecodedForTest {
  const result = decodeToken(token);
  if (!result.ok) throw new Error(`the engine could not decode ${JSON.stringify(token)}: ${result.error.message}`);
  if (result.cleaned.length > 0) throw new Error(`the token needed cleaning before decoding: ${result.cleaned.join('; ')}`);
  const decoded = result.token;
  if (decoded.version !== '007') throw new Error(`expected a 007 token, got ${decoded.version}`);
  if (decoded.stoppedAt) throw new Error(`decoding stopped early: ${decoded.stoppedAt.reason}`);

  const reference = new AccessToken2();
  const referenceValid = reference.from_string(token) && reference.verifySignature(certificate);
  const engineValid = verifyToken(decoded, certificate).valid;
  if (engineValid !== referenceValid) {
    throw new Error(`the engine (${engineValid}) and agora-token (${referenceValid}) disagree about the signature`);
  }

  return {
    appId: decoded.appId,
    issueTs: decoded.issueTs,
    expire: decoded.expire,
    salt: decoded.salt,
    signatureValid: engineValid,
    services: decoded.services.map((s) => {
      const out: DecodedService = {
        type: s.type,
        privileges: Object.fromEntries(s.privileges.map((p) => [p.id, p.expire])),
      };
      if (s.type === 1) {
        out.channelName = s.channelName;
        out.uid = s.uid;
      } else if (s.type === 2 || s.type === 5) {
        out.userId = s.userId;
      }
      return out;
    }),
  };
}
