// Checks a token the reference server returned against what the request asked for. Decoding and
// the cross-check with agora-token live in tests/support/token-check.ts.
import assert from 'node:assert/strict';
import {decodeForTest, type DecodedForTest, type DecodedService} from '../../support/token-check';

export type Expectation = {
  appId: string;
  certificate: string;
  expire: number;
  /** Unix seconds around the request: the token's issue time must fall inside. */
  window: [number, number];
  services: DecodedService[];
};

export function expectToken(token: unknown, e: Expectation): DecodedForTest {
  assert.equal(typeof token, 'string', 'token is a string');
  const d = decodeForTest(token as string, e.certificate);
  assert.equal(d.signatureValid, true, 'signature verifies with the App Certificate');
  assert.equal(d.appId, e.appId, 'App ID');
  assert.ok(d.issueTs >= e.window[0] && d.issueTs <= e.window[1], `issueTs ${d.issueTs} within ${e.window}`);
  assert.equal(d.expire, e.expire, 'token expiry (seconds after issue)');
  assert.deepEqual(d.services, e.services, 'services, fields and privileges');
  return d;
}
