// Wildcard tokens (channel "*", valid in every channel of the project): refused by default with
// a message naming the switch; with ALLOW_WILDCARD_CHANNEL=true issued for a specific user only.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {APP_CERTIFICATE, APP_ID, getJson, startInProcess} from './server';
import {expectToken} from './expect-token';
import {nowSeconds, rolePrivileges} from '../../support/token-check';

const post = (url: string, body: unknown) => getJson(`${url}/getToken`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});

describe('wildcard channel tokens', async () => {
  const off = await startInProcess({});
  const on = await startInProcess({ALLOW_WILDCARD_CHANNEL: 'true'});

  test('refused by default, by name, on every route that takes a channel', async () => {
    const answers = [
      await getJson(`${off.url}/rtc/*/publisher/uid/7/`),
      await getJson(`${off.url}/rte/*/publisher/uid/7/alice/`),
      await post(off.url, {tokenType: 'rtc', channel: '*', uid: '7'}),
      await post(off.url, {tokenType: 'rtm', channel: '*', uid: 'alice'}),
    ];
    for (const r of answers) {
      assert.equal(r.status, 400, r.text);
      assert.match(r.body.field, /^channel(Name)?$/);
      assert.match(r.body.message, /wildcard token.*every channel.*ALLOW_WILDCARD_CHANNEL=true/);
    }
    await off.close();
  });

  test('allowed when configured, for a specific uid or account, never with uid 0', async () => {
    let t0 = nowSeconds();
    let r = await getJson(`${on.url}/rtc/*/subscriber/uid/7/?expiry=600`);
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.rtcToken, {appId: APP_ID, certificate: APP_CERTIFICATE, expire: 600, window: [t0, nowSeconds()], services: [{type: 1, privileges: rolePrivileges('subscriber', 600), channelName: '*', uid: '7'}]});
    t0 = nowSeconds();
    r = await post(on.url, {tokenType: 'rtc', channel: '*', uid: 'alice', role: 'publisher', expire: 60});
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.token, {appId: APP_ID, certificate: APP_CERTIFICATE, expire: 60, window: [t0, nowSeconds()], services: [{type: 1, privileges: rolePrivileges('publisher', 60), channelName: '*', uid: 'alice'}]});
    for (const bad of [await getJson(`${on.url}/rtc/*/publisher/uid/0/`), await getJson(`${on.url}/rtc/*/publisher/uid//`), await post(on.url, {tokenType: 'rtc', channel: '*', uid: '0'})]) {
      assert.equal(bad.status, 400, bad.text);
      assert.equal(bad.body.field, 'uid');
      assert.match(bad.body.message, /does not support uid 0 .* together with channel \*/);
    }
    // Other characters Agora does not allow stay refused, switch or not.
    assert.equal((await getJson(`${on.url}/rtc/a*b/publisher/uid/7/`)).status, 400);
    await on.close();
  });
});
