// Decoding and verification for the language tests. Uses agora-token's own parser and
// signature check (`AccessToken2.from_string` + `verifySignature`) until the project's engine
// (src/token) exports its decoder; see decodeForTest below.
import {createRequire} from 'node:module';

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

type AgoraService = {
  service_type(): number;
  __privileges: Record<string, number>;
  __channel_name?: string;
  __uid?: string;
  __user_id?: string;
};
type AgoraAccessToken2 = {
  from_string(token: string): boolean;
  verifySignature(certificate: string): boolean;
  appId: string;
  issueTs: number;
  expire: number;
  salt: number;
  services: AgoraService[];
};

const {AccessToken2} = require('agora-token/src/AccessToken2') as {
  AccessToken2: new () => AgoraAccessToken2;
};

function numericKeys(map: Record<string, number>): Record<number, number> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [Number(k), v]));
}

export function decodeForTest(token: string, certificate: string): DecodedForTest {
  const parsed = new AccessToken2();
  if (!parsed.from_string(token)) throw new Error(`agora-token could not parse the token ${JSON.stringify(token)}`);
  return {
    appId: String(parsed.appId),
    issueTs: parsed.issueTs,
    expire: parsed.expire,
    salt: parsed.salt,
    signatureValid: parsed.verifySignature(certificate),
    services: parsed.services.map((s) => {
      const type = s.service_type();
      const out: DecodedService = {type, privileges: numericKeys(s.__privileges)};
      if (type === 1) {
        out.channelName = String(s.__channel_name);
        out.uid = String(s.__uid);
      } else if (type === 2 || type === 5) {
        out.userId = String(s.__user_id);
      }
      return out;
    }),
  };
}
