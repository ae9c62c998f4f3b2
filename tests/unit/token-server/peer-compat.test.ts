// Requests exactly as clients of agora-token-service send them, which must work on this server
// too: fetch() with a string body and no headers, curl -d, role words in any case, an empty uid
// segment, expire 0 or null, and RTM tokens with a stream channel.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {APP_CERTIFICATE, APP_ID, getJson, startInProcess, type InProcess} from './server';
import {expectToken} from './expect-token';
import {nowSeconds, rolePrivileges} from '../../support/token-check';

let server: InProcess;
before(async () => {
  server = await startInProcess({});
});
after(() => server.close());
const base = {appId: APP_ID, certificate: APP_CERTIFICATE};

/** One raw HTTP/1.1 request with exactly these headers (fetch would add its own). */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{status: number; body: any; text: string; window: [number, number]}> {
  const t0 = nowSeconds();
  return new Promise((resolve, reject) => {
    const req = request(server.url + path, {method, headers, agent: false}, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({status: res.statusCode!, text, body: text ? JSON.parse(text) : undefined, window: [t0, nowSeconds()]}));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const rtcBody = {tokenType: 'rtc', channel: 'demo', role: 'publisher', uid: '1234', expire: 600};
const rtcExpectation = (window: [number, number]) => ({...base, expire: 600, window, services: [{type: 1, privileges: rolePrivileges('publisher', 600), channelName: 'demo', uid: '1234'}]});

describe('JSON bodies however the client labels them', () => {
  test('fetch() with a string body and no headers (text/plain;charset=UTF-8)', async () => {
    const t0 = nowSeconds();
    const r = await getJson(`${server.url}/getToken`, {method: 'POST', body: JSON.stringify(rtcBody)});
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.token, rtcExpectation([t0, nowSeconds()]));
  });

  test('curl -d (application/x-www-form-urlencoded), text/json, and no Content-Type at all', async () => {
    const body = JSON.stringify(rtcBody);
    const variants: Record<string, string>[] = [
      {'User-Agent': 'curl/8.5.0', Accept: '*/*', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length)},
      {'Content-Type': 'text/json', 'Content-Length': String(body.length)},
      {'Content-Type': 'text/plain;charset=UTF-8', 'Content-Length': String(body.length)},
      {'Content-Length': String(body.length)},
    ];
    for (const headers of variants) {
      const r = await raw('POST', '/getToken', headers, body);
      assert.equal(r.status, 200, `${JSON.stringify(headers)}: ${r.text}`);
      expectToken(r.body.token, rtcExpectation(r.window));
    }
  });
});

describe('role words', () => {
  const publisher = ['publisher', 'Publisher', 'PUBLISHER', 'host', 'Host', '1'];
  const subscriber = ['subscriber', 'Subscriber', 'SUBSCRIBER', 'audience', 'AUDIENCE', '2', ''];
  for (const [expected, words] of [['publisher', publisher], ['subscriber', subscriber]] as const) {
    test(`${words.map((w) => JSON.stringify(w)).join(', ')} give a ${expected} token in the path and in POST`, async () => {
      for (const word of words) {
        let r = await raw('GET', `/rtc/demo/${encodeURIComponent(word)}/uid/5/?expiry=600`, {});
        assert.equal(r.status, 200, `GET role ${JSON.stringify(word)}: ${r.text}`);
        expectToken(r.body.rtcToken, {...base, expire: 600, window: r.window, services: [{type: 1, privileges: rolePrivileges(expected, 600), channelName: 'demo', uid: '5'}]});
        r = await raw('POST', '/getToken', {'Content-Type': 'application/json'}, JSON.stringify({...rtcBody, role: word}));
        assert.equal(r.status, 200, `POST role ${JSON.stringify(word)}: ${r.text}`);
        expectToken(r.body.token, {...base, expire: 600, window: r.window, services: [{type: 1, privileges: rolePrivileges(expected, 600), channelName: 'demo', uid: '1234'}]});
      }
    });
  }
});

describe('defaults and empty segments', () => {
  test('an empty uid segment is uid 0 (/rtc and /rte)', async () => {
    let r = await raw('GET', '/rtc/fsda/publisher/uid//?expiry=600', {});
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.rtcToken, {...base, expire: 600, window: r.window, services: [{type: 1, privileges: rolePrivileges('publisher', 600), channelName: 'fsda', uid: ''}]});
    r = await raw('GET', '/rte/fsda/subscriber/uid//rtmid/?expiry=600', {});
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.rtcToken, {...base, expire: 600, window: r.window, services: [{type: 1, privileges: rolePrivileges('subscriber', 600), channelName: 'fsda', uid: ''}]});
  });

  test('"expire": 0 and "expire": null in POST mean the default, 3600 s', async () => {
    for (const expire of [0, null]) {
      const r = await raw('POST', '/getToken', {'Content-Type': 'application/json'}, JSON.stringify({tokenType: 'rtm', uid: 'user456', expire}));
      assert.equal(r.status, 200, `${expire}: ${r.text}`);
      expectToken(r.body.token, {...base, expire: 3600, window: r.window, services: [{type: 2, privileges: {1: 3600}, userId: 'user456'}]});
    }
  });
});

describe('RTM tokens with a stream channel', () => {
  test('POST rtm with a channel: RTC join + publish data stream for (channel, user), then RTM login', async () => {
    const r = await raw('POST', '/getToken', {'Content-Type': 'application/json'}, JSON.stringify({tokenType: 'rtm', uid: 'user456', expire: 1800, channel: 'test'}));
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.token, {...base, expire: 1800, window: r.window, services: [{type: 1, privileges: {1: 1800, 4: 1800}, channelName: 'test', uid: 'user456'}, {type: 2, privileges: {1: 1800}, userId: 'user456'}]});
  });

  test('POST rtm without a channel (or with "") and GET /rtm: login only', async () => {
    for (const body of [{tokenType: 'rtm', uid: 'u1', expire: 60}, {tokenType: 'rtm', uid: 'u1', expire: 60, channel: ''}]) {
      const r = await raw('POST', '/getToken', {'Content-Type': 'application/json'}, JSON.stringify(body));
      assert.equal(r.status, 200, r.text);
      expectToken(r.body.token, {...base, expire: 60, window: r.window, services: [{type: 2, privileges: {1: 60}, userId: 'u1'}]});
    }
  });
});
