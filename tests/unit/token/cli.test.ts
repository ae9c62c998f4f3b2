// The command-line tool, run as a separate process: build output equals agora-token's, decode
// prints format-named JSON, "-" reads one token per line, errors are JSON on stderr with exit 1.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cli} from './run-cli';
import {buildToken006} from '../../../src/token';
import {agoraBuild} from './agora';

const appId = '970CA35de60c44645bbae8a215061b33';
const cert = '5CFd2fd1755d40ecb72977518be15d3b';

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);

test('CLI: build rtc/rtm/chat equal agora-token; decode; stdin; errors; help', async () => {
  const fixed = {appId, appCertificate: cert, salt: 4, issueTs: 1700000000};
  const rtcExpected = agoraBuild('rtcUid', {...fixed, channelName: 'demo', uid: 42, role: 2, tokenExpire: 600, privilegeExpire: 300});
  const rtmExpected = agoraBuild('rtm', {...fixed, userId: 'bob', expire: 900});
  const chatExpected = agoraBuild('chatApp', {...fixed, expire: 1200});
  const legacy = buildToken006({appId, appCertificate: cert, channelName: 'demo', uid: 42, salt: 1, ts: 1700086400, privileges: {1: 0}});
  const [rtc, rtm, chat, decoded, lines, badUid, garbage, help, npmHelp, usage] = await Promise.all([
    cli(['build', 'rtc', '--app-id', appId, '--channel-name', 'demo', '--uid', '42', '--role', 'subscriber', '--token-expire', '600', '--privilege-expire=300', '--salt', '4', '--issue-ts', '1700000000'], {env: {AGORA_APP_CERTIFICATE: cert}}),
    cli(['build', 'rtm', '--user-id', 'bob', '--expire', '900', '--salt', '4', '--issue-ts', '1700000000', '--certificate', cert], {env: {AGORA_APP_ID: appId}}),
    cli(['build', 'chat', '--app', '--app-id', appId, '--expire', '1200', '--salt', '4', '--issue-ts', '1700000000'], {env: {AGORA_APP_CERTIFICATE: cert}}),
    cli(['decode', ` "${rtcExpected}"\n`], {env: {AGORA_APP_CERTIFICATE: cert}}),
    cli(['decode', '-', '--channel-name', 'demo', '--uid', '42'], {stdin: `${rtcExpected}\n\n${JSON.stringify({rtmToken: rtmExpected})}\n007notatoken\n${legacy}\n`, env: {AGORA_APP_CERTIFICATE: cert}}),
    cli(['build', 'rtc', '--app-id', appId, '--channel-name', 'demo', '--uid', '1.5'], {env: {AGORA_APP_CERTIFICATE: cert}}),
    cli(['decode', 'hello']),
    cli(['--help']),
    cli(['--help'], {npm: true}),
    cli(['build', 'rtc', '--app-id', appId, '--channel-name', 'demo', '--uid', '1', '--account', 'a', '--certificate', cert]),
  ]);

  assert.deepEqual([rtc.code, rtc.stdout], [0, `${rtcExpected}\n`]);
  assert.deepEqual([rtm.code, rtm.stdout], [0, `${rtmExpected}\n`]);
  assert.deepEqual([chat.code, chat.stdout], [0, `${chatExpected}\n`]);

  assert.equal(decoded.code, 0, decoded.stderr);
  const json = JSON.parse(decoded.stdout) as Record<string, unknown> & {services: Array<Record<string, unknown>>};
  assert.deepEqual([json.appId, json.issueTs, json.expire, json.salt, json.signatureValid], [appId, 1700000000, 600, 4, true]);
  assert.deepEqual([json.services[0].type, json.services[0].channelName, json.services[0].uid], [1, 'demo', '42']);
  assert.deepEqual((json.services[0].privileges as Array<{name: string}>).map((p) => p.name), ['joinChannel']);
  assert.ok((json.cleaned as string[]).length >= 2);

  assert.equal(lines.code, 1);
  const out = lines.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(out.map((o) => [o.version, o.signatureValid]), [['007', true], ['007', true], ['006', true]]);
  const errs = errorLines(lines.stderr);
  assert.equal(errs.length, 1);
  assert.deepEqual([errs[0].error.line, errs[0].error.part], [4, 'base64']);

  assert.deepEqual([badUid.code, badUid.stdout], [1, '']);
  const uidError = errorLines(badUid.stderr).find((l) => l.error)?.error;
  assert.deepEqual([uidError?.field, uidError?.rule], ['uid', 'integer']);
  // Without --privilege-expire the privileges last as long as the token, as Agora recommends: no warning.
  assert.equal(errorLines(badUid.stderr).filter((l) => l.warning).length, 0, badUid.stderr);
  assert.equal(garbage.code, 1);
  assert.equal(errorLines(garbage.stderr)[0].error.part, 'prefix');
  assert.equal(usage.code, 1);
  assert.match(String(errorLines(usage.stderr)[0].error.message), /exactly one of --uid/);

  for (const h of [help, npmHelp]) {
    assert.equal(h.code, 0, h.stderr);
    for (const flag of ['app-id', 'certificate', 'salt', 'issue-ts', 'channel-name', 'uid', 'account', 'role', 'token-expire', 'privilege-expire', 'join-channel-privilege-expire', 'pub-audio-privilege-expire', 'pub-video-privilege-expire', 'pub-data-stream-privilege-expire', 'rtm-user-id', 'rtm-token-expire', 'user-id', 'app', 'expire', 'help', 'publish', 'now']) {
      assert.match(h.stdout, new RegExp(`--${flag}\\b`), flag);
    }
    assert.match(h.stdout, /AGORA_APP_CERTIFICATE/);
  }
});
