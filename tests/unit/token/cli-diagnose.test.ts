// The CLI's diagnose command, run as a separate process (JSON verdict, exit 0 accepted / 1 not /
// 2 usage), and the promise that no output of any command ever contains the App Certificate.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cli, type CliRun} from './run-cli';
import {buildRtcTokenWithUid} from '../../../src/token';

const appId = '970CA35de60c44645bbae8a215061b33';
const cert = '5CFd2fd1755d40ecb72977518be15d3b';
const issueTs = 1700000000;

/** Runs at most `n` at a time: the machine running the tests may have two cores. */
async function limited<T>(jobs: Array<() => Promise<T>>, n = 3): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({length: n}, async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  }));
  return out;
}

const token = buildRtcTokenWithUid({appId, appCertificate: cert, channelName: 'demo', uid: 42, role: 1, tokenExpire: 3600, salt: 7, issueTs});
const joinArgs = ['--app-id', appId, '--channel-name', 'demo', '--uid', '42', '--now', String(issueTs + 60)];

test('CLI diagnose: the inspector\'s verdict as JSON, exit 0 when Agora accepts the join, 1 when not, 2 for usage', async () => {
  const plusAsSpace = token.includes('+') ? token.replace(/\+/g, ' ') : null;
  const [ok, wrongChannel, fromStdin, expired, usage, badUid, spaced] = await limited([
    () => cli(['diagnose', token, ...joinArgs, '--publish'], {env: {AGORA_APP_CERTIFICATE: cert}}),
    () => cli(['diagnose', token, '--app-id', appId, '--channel-name', 'Demo', '--uid', '42', '--now', String(issueTs + 60)]),
    () => cli(['diagnose', '-', ...joinArgs], {stdin: `${JSON.stringify({rtcToken: token})}\n`}),
    () => cli(['diagnose', token, '--app-id', appId, '--channel-name', 'demo', '--uid', '42', '--now', String(issueTs + 7200)]),
    () => cli(['diagnose', token, '--app-id', appId, '--channel-name', 'demo']),
    () => cli(['diagnose', token, '--app-id', appId, '--channel-name', 'demo', '--uid', '1e3']),
    () => cli(['diagnose', plusAsSpace ?? token, ...joinArgs]),
  ]);
  assert.equal(ok.code, 0, ok.stderr);
  const okJson = JSON.parse(ok.stdout);
  assert.deepEqual([okJson.verdict, okJson.code, okJson.signature], ['joins', null, 'valid']);
  assert.match(okJson.summary, /Agora accepts this join/);

  assert.equal(wrongChannel.code, 1);
  const wc = JSON.parse(wrongChannel.stdout);
  assert.deepEqual([wc.verdict, wc.code, wc.findings[0].title], ['rejected', 110, 'wrong channel']);
  assert.match(wc.findings[0].reason, /letter case/);

  assert.equal(fromStdin.code, 0, fromStdin.stderr);
  assert.ok((JSON.parse(fromStdin.stdout).cleaned as string[]).some((c) => /JSON field "rtcToken"/.test(c)));

  assert.equal(expired.code, 1);
  assert.equal(JSON.parse(expired.stdout).code, 109);

  assert.equal(usage.code, 2);
  assert.match(JSON.parse(usage.stderr).error.message, /exactly one of --uid/);
  assert.equal(badUid.code, 2);
  assert.match(JSON.parse(badUid.stderr).error.message, /exponent notation \(that is 1000\)/);

  if (plusAsSpace) {
    assert.equal(spaced.code, 1);
    const sp = JSON.parse(spaced.stdout);
    assert.deepEqual([sp.code, sp.onceIntact.verdict], [110, 'joins']);
    assert.match(sp.findings[0].title, /"\+" became a space/);
  }
});

test('CLI: no output of any command contains the App Certificate, for every malformed variant', async () => {
  const variants = [`${cert} `, `${cert}\r`, `\r\n${cert}`, `${cert}0`, cert.slice(0, 31), `${cert.slice(0, 12)}x${cert.slice(13)}`, `"${cert}"`, `${cert}${cert}`, cert.toLowerCase().replace(/^./, 'z')];
  const commands: Array<(c: string, viaFlag: boolean) => string[]> = [
    (c, f) => ['build', 'rtc', '--app-id', appId, '--channel-name', 'demo', '--uid', '1', ...(f ? ['--certificate', c] : [])],
    (c, f) => ['build', 'rtm', '--app-id', appId, '--user-id', 'bob', ...(f ? [`--certificate=${c}`] : [])],
    (c, f) => ['build', 'chat', '--app', '--app-id', appId, ...(f ? ['--certificate', c] : [])],
    (c, f) => ['decode', token, ...(f ? ['--certificate', c] : [])],
    (c, f) => ['diagnose', token, ...joinArgs, ...(f ? ['--certificate', c] : [])],
  ];
  const jobs: Array<() => Promise<{variant: string; run: CliRun}>> = [];
  // Two commands per variant, rotating, so that each command meets several variants, through the
  // flag and through the environment (each run is a process: keep their number small).
  variants.forEach((variant, v) => {
    [v % commands.length, (v + 2) % commands.length].forEach((k, j) => {
      const viaFlag = (v + j) % 2 === 0;
      jobs.push(async () => ({variant, run: await cli(commands[k](variant, viaFlag), {env: viaFlag ? {} : {AGORA_APP_CERTIFICATE: variant}})}));
    });
  });
  const runs = await limited(jobs);
  // Every 10-character window of the real certificate (either letter case): none may appear.
  const windows = new Set<string>();
  for (const c of [cert, cert.toLowerCase()]) for (let i = 0; i + 10 <= c.length; i++) windows.add(c.slice(i, i + 10).toLowerCase());
  let refusals = 0;
  for (const {variant, run} of runs) {
    const output = `${run.stdout}\n${run.stderr}`.toLowerCase();
    for (const w of windows) assert.ok(!output.includes(w), `${JSON.stringify(variant)}: output contains "${w}": ${output.slice(0, 400)}`);
    if (/appCertificate|App Certificate/.test(run.stdout + run.stderr)) refusals++;
  }
  // The variants are refused (or reported) with a description of the certificate, not silently used.
  assert.equal(refusals, runs.length, 'every run names the certificate problem');
});
