// One node:test suite per language: the same five checks for every language's samples, so the
// pages can promise the same thing everywhere. A missing toolchain skips with the reason.
import {describe, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {
  checkTokenEndpoint,
  expectToken,
  labelledTokens,
  randomAccount,
  randomChannel,
  randomCredentials,
  randomUid,
  run,
  singleToken,
  withServer,
  type Toolchain,
} from './sample-harness';
import {JOIN, PUBLISH_AUDIO, PUBLISH_DATA, PUBLISH_VIDEO, nowSeconds, rolePrivileges} from './token-check';

export type Command = {cmd: string; args: string[]; cwd?: string; env?: Record<string, string>};

export type LanguageSpec = {
  name: string;
  /** How the samples are checked, printed in the test names for the report. */
  library: string;
  toolchain: () => Toolchain;
  /** Compiles everything once; returns the three commands that run the samples. */
  build: () => {rtc: Command; variants: Command; server: Command};
  /** What the builder writes for uid 0: "" everywhere except PHP's official builder ("0"). */
  uidZeroWrites?: string;
};

export function languageSuite(spec: LanguageSpec): void {
  const toolchain = spec.toolchain();
  const credentials = randomCredentials();
  let commands: ReturnType<LanguageSpec['build']> | undefined;

  describe(`${spec.name} samples (${spec.library}; ${toolchain.ok ? toolchain.version : 'skipped'})`, () => {
    before(() => {
      if (toolchain.ok) commands = spec.build();
    });

    function runSample(which: 'rtc' | 'variants', env: Record<string, string>) {
      const c = commands![which];
      const started = nowSeconds();
      const r = run(c.cmd, c.args, {cwd: c.cwd, env: {...c.env, ...credentials, ...env}});
      assert.equal(r.status, 0, `${which} sample exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
      return {stdout: r.stdout, issuedBetween: [started, nowSeconds()] as [number, number]};
    }

    test('RTC sample: a publisher token for a random channel and a uid above 2^31', (t) => {
      if (!toolchain.ok) return t.skip(toolchain.reason);
      const channel = randomChannel();
      const uid = randomUid();
      const {stdout, issuedBetween} = runSample('rtc', {CHANNEL: channel, UID: String(uid)});
      expectToken(singleToken(stdout), {
        credentials,
        expire: 3600,
        issuedBetween,
        services: [{type: 1, channelName: channel, uid: String(uid), privileges: rolePrivileges('publisher', 3600)}],
      });
    });

    test('RTC sample: uid 0 makes a token any uid can join with', (t) => {
      if (!toolchain.ok) return t.skip(toolchain.reason);
      const {stdout, issuedBetween} = runSample('rtc', {CHANNEL: 'demo', UID: '0'});
      expectToken(singleToken(stdout), {
        credentials,
        expire: 3600,
        issuedBetween,
        services: [{type: 1, channelName: 'demo', uid: spec.uidZeroWrites ?? '', privileges: rolePrivileges('publisher', 3600)}],
      });
    });

    test('variants sample: user account, subscriber, co-host expiries, RTM and Chat', (t) => {
      if (!toolchain.ok) return t.skip(toolchain.reason);
      const channel = randomChannel(12);
      const uid = randomUid();
      const account = randomAccount();
      const {stdout, issuedBetween} = runSample('variants', {CHANNEL: channel, UID: String(uid), USER_ACCOUNT: account});
      const tokens = labelledTokens(stdout);
      assert.deepEqual([...tokens.keys()], ['user-account', 'subscriber', 'co-host', 'rtm', 'chat-user'], stdout);
      const base = {credentials, expire: 3600, issuedBetween};
      expectToken(tokens.get('user-account')!, {...base, services: [
        {type: 1, channelName: channel, uid: account, privileges: rolePrivileges('publisher', 3600)},
      ]}, 'user-account');
      expectToken(tokens.get('subscriber')!, {...base, services: [
        {type: 1, channelName: channel, uid: String(uid), privileges: rolePrivileges('subscriber', 3600)},
      ]}, 'subscriber');
      expectToken(tokens.get('co-host')!, {...base, services: [
        {type: 1, channelName: channel, uid: String(uid),
          privileges: {[JOIN]: 3600, [PUBLISH_AUDIO]: 600, [PUBLISH_VIDEO]: 600, [PUBLISH_DATA]: 600}},
      ]}, 'co-host');
      expectToken(tokens.get('rtm')!, {...base, services: [{type: 2, userId: account, privileges: {1: 3600}}]}, 'rtm');
      expectToken(tokens.get('chat-user')!, {...base, services: [{type: 5, userId: account, privileges: {1: 3600}}]}, 'chat-user');
    });

    test('token endpoint: GET /rtc/:channelName/:role/:tokenType/:uid/ answers like the reference server', async (t) => {
      if (!toolchain.ok) return t.skip(toolchain.reason);
      const c = commands!.server;
      await withServer(c.cmd, c.args, {cwd: c.cwd, env: {...c.env, ...credentials}}, (baseUrl) =>
        checkTokenEndpoint(baseUrl, credentials),
      );
    });

    test('RTC sample: a malformed App Certificate stops it with a message naming the variable', (t) => {
      if (!toolchain.ok) return t.skip(toolchain.reason);
      const c = commands!.rtc;
      const r = run(c.cmd, c.args, {cwd: c.cwd, env: {...c.env, ...credentials, APP_CERTIFICATE: 'not-a-certificate'}});
      assert.notEqual(r.status, 0, `expected a failure exit, got output:\n${r.stdout}`);
      assert.doesNotMatch(r.stdout, /007/, 'no token may be printed');
      assert.match(r.stderr, /APP_CERTIFICATE/, `the message should name APP_CERTIFICATE:\n${r.stderr}`);
    });
  });
}
