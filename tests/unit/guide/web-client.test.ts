// Runs the web client's files the way the guide shows them: examples/web-client/main.ts is bundled
// with esbuild, handed a recording fake of the SDK object, and talks over real HTTP to a token server;
// check-token-server.sh runs with bash and curl. The tokens that come back are decoded and their
// signatures verified, by the engine and agora-token alike (tests/support/token-check.ts).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import {createRequire} from 'node:module';
import {mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {spawn} from 'node:child_process';
import {runAsync} from '../../support/sample-harness';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import fakeSdk, {type FakeRegistry} from './fake-agora-rtc-sdk';
import {agora, decodeForTest} from '../../support/token-check';

const require = createRequire(import.meta.url);
const {RtcTokenBuilder, RtcRole} = agora;

const appId = '970ca35de60c44645bbae8a215061b33';
const certificate = '5cfd2fd1755d40ecb72977518be15d3b';
const root = resolve(import.meta.dirname, '../../..');

/** The fields of a web client's RTC token these tests read, decoded and cross-checked. */
function decode(token: string) {
  const d = decodeForTest(token, certificate);
  const rtc = d.services.find((s) => s.type === 1)!;
  return {appId: d.appId, expire: d.expire, channel: rtc.channelName, uid: rtc.uid, privileges: rtc.privileges, valid: d.signatureValid};
}

/**
 * A small token server with the agora-token-service routes the client uses; `cors` is the
 * origin it allows (undefined: none).
 */
function stubServer(cors: string | undefined): Promise<{url: string; server: Server; requests: string[]}> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url!);
    if (cors) res.setHeader('access-control-allow-origin', cors);
    res.setHeader('content-type', 'application/json');
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/ping') return res.end(JSON.stringify({message: 'pong'}));
    const m = /^\/rtc\/([^/]+)\/(publisher|subscriber)\/(uid|userAccount)\/([^/]+)\/?$/.exec(url.pathname);
    if (!m) {
      res.statusCode = 404;
      return res.end(JSON.stringify({error: 'no such route'}));
    }
    const [channel, role, type, user] = m.slice(1).map(decodeURIComponent);
    const expiry = Number(url.searchParams.get('expiry') ?? 3600);
    const r = role === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
    const rtcToken =
      type === 'uid'
        ? RtcTokenBuilder.buildTokenWithUid(appId, certificate, channel, Number(user), r, expiry, expiry)
        : RtcTokenBuilder.buildTokenWithUserAccount(appId, certificate, channel, user, r, expiry, expiry);
    res.end(JSON.stringify({rtcToken}));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      done({url: `http://127.0.0.1:${port}`, server, requests});
    }),
  );
}

const bundles = mkdtempSync(join(tmpdir(), 'web-client-'));
after(() => rmSync(bundles, {recursive: true, force: true}));

/** Bundles an example the way an app's bundler would; it imports only types from the SDK. */
async function load<T>(example: string): Promise<T> {
  const outfile = join(bundles, example.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, 'examples/web-client', example)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href) as Promise<T>;
}

const registry = () => (globalThis as unknown as {__fakeAgora: FakeRegistry}).__fakeAgora;

describe('examples/web-client/main.ts, bundled with a fake SDK', () => {
  type View = {localVideo: object; remoteVideos: {replaceChildren(): void}; report: (line: string) => void};
  let main: {startCall: (sdk: typeof fakeSdk, s: object, view: View) => Promise<{uid: unknown; stop(): Promise<void>}>};
  const view = (lines: string[]): View => ({localVideo: {id: 'local-video'}, remoteVideos: {replaceChildren() {}}, report: (l) => lines.push(l)});
  let stub: Awaited<ReturnType<typeof stubServer>>;

  before(async () => {
    main = await load('main.ts');
    stub = await stubServer('*');
  });
  after(() => stub.server.close());

  test('joins with a valid token for the requested channel and uid, publishes, renews, rejoins and leaves', async () => {
    const lines: string[] = [];
    const call = await main.startCall(fakeSdk, {appId, serverUrl: stub.url, channel: 'demo', user: 1234}, view(lines));
    const client = registry().clients.at(-1)!;

    const [join] = client.callsTo('join');
    assert.ok(join.method === 'join' && join.appId === appId && join.channel === 'demo' && join.uid === 1234);
    const first = decode(join.token!);
    assert.deepEqual(
      {appId: first.appId, channel: first.channel, uid: first.uid, expire: first.expire, valid: first.valid},
      {appId, channel: 'demo', uid: '1234', expire: 3600, valid: true},
    );
    assert.deepEqual(Object.keys(first.privileges).sort(), ['1', '2', '3', '4'], 'a publisher token carries all four RTC privileges');
    assert.equal(client.config.mode, 'rtc');
    assert.equal(client.published.length, 1);
    assert.deepEqual(client.published[0][1].playingIn, {id: 'local-video'}, 'the camera preview plays in the page');
    assert.deepEqual(client.published[0].map((t) => t.kind), ['audio', 'video']);

    client.emit('token-privilege-will-expire');
    await waitFor(() => client.callsTo('renewToken').length === 1);
    const renewed = client.callsTo('renewToken')[0];
    assert.ok(renewed.method === 'renewToken' && decode(renewed.token).valid);

    client.emit('token-privilege-did-expire');
    await waitFor(() => client.published.length === 2);
    assert.equal(client.callsTo('join').length, 2);

    await call.stop();
    assert.deepEqual(client.calls.at(-1), {method: 'leave'});
    assert.ok(client.published[0].every((t) => t.closed));
    assert.deepEqual(lines, [
      'Joined as uid 1234.',
      'Publishing your microphone and camera.',
      'Token renewed before it expired.',
      'Token expired; joined again as uid 1234.',
      'Left the channel.',
    ]);
    assert.deepEqual(stub.requests, Array(3).fill('/rtc/demo/publisher/uid/1234/?expiry=3600'));
  });

  test('a string user asks for, and joins with, a user-account token', async () => {
    const call = await main.startCall(fakeSdk, {appId, serverUrl: stub.url, channel: 'demo', user: 'ana'}, view([]));
    const [join] = registry().clients.at(-1)!.callsTo('join');
    assert.ok(join.method === 'join' && join.uid === 'ana');
    assert.equal(decode(join.token!).uid, 'ana');
    await call.stop();
  });
});

describe("examples/web-client/main.ts: the SDK's failures in plain words", () => {
  type Explain = (error: unknown) => string;
  let explain: Explain;
  before(async () => {
    ({explain} = await load<{explain: Explain}>('main.ts'));
  });
  const agoraError = (code: string, message: string) => Object.assign(new Error(message), {code});

  test('Agora out of reach, a refused token, a refused camera, and anything else', () => {
    assert.match(explain(agoraError('NETWORK_ERROR', 'AgoraRTCError NETWORK_ERROR: Network Error')), /^Cannot reach Agora's servers\./);
    assert.match(explain(agoraError('JOIN_TIMEOUT', 'no answer from Agora within 15 s')), /^Cannot reach Agora's servers\./);
    for (const reason of ['invalid token, authorized failed', 'dynamic key or token timeout', 'dynamic use static key']) {
      assert.equal(
        explain(agoraError('CAN_NOT_GET_GATEWAY_SERVER', reason)),
        `Agora refused the token (${reason}). Paste it into the token inspector to see why.`,
      );
    }
    assert.match(explain(agoraError('PERMISSION_DENIED', 'NotAllowedError: Permission denied')), /^The browser gave no camera or microphone/);
    assert.equal(explain(agoraError('UID_CONFLICT', 'uid conflict')), 'UID_CONFLICT: uid conflict');
  });
});

describe('examples/web-client/try-token.ts, bundled with a fake SDK', () => {
  type TryToken = (sdk: typeof fakeSdk, s: {appId: string; channel: string; user: number | string; publish?: boolean}, token: string | null) => Promise<string>;
  let tryTokenWith: TryToken;
  const tryToken = (s: Parameters<TryToken>[1], token: string | null) => tryTokenWith(fakeSdk, s, token);
  const settings = {appId, channel: 'demo', user: 1234};
  const agoraError = (code: string, message: string) => Object.assign(new Error(message), {code});
  before(async () => {
    ({tryToken: tryTokenWith} = await load<{tryToken: TryToken}>('try-token.ts'));
  });

  test('a working token joins as a host in a live-broadcasting channel, and the client leaves again', async () => {
    assert.equal(await tryToken(settings, '007abc'), 'Joined "demo" as uid 1234: the token works.');
    const client = registry().clients.at(-1)!;
    // Co-host authentication checks the publish privilege of hosts in live broadcasting only.
    assert.deepEqual([client.config.mode, client.role], ['live', 'host']);
    assert.deepEqual(client.calls, [
      {method: 'join', appId, channel: 'demo', token: '007abc', uid: 1234},
      {method: 'leave'},
    ]);
  });

  test("a refused join reports the SDK's code and reason", async () => {
    registry().next = (c) => (c.joinError = agoraError('CAN_NOT_GET_GATEWAY_SERVER', 'invalid token, authorized failed'));
    assert.equal(
      await tryToken(settings, '007abc'),
      'Kept out: Agora refused to join: CAN_NOT_GET_GATEWAY_SERVER (invalid token, authorized failed)',
    );
  });

  test('publishing is tried on request; a refusal is reported and the tracks are closed', async () => {
    assert.equal(await tryToken({...settings, publish: true}, '007abc'), 'Joined as uid 1234 and published: this token may publish.');
    registry().next = (c) => (c.publishError = agoraError('NO_PERMISSION', 'no permission to publish'));
    assert.equal(
      await tryToken({...settings, publish: true}, '007abc'),
      'Joined as uid 1234, but publishing was refused: NO_PERMISSION (no permission to publish)',
    );
    assert.ok(registry().tracks.slice(-2).every((t) => t.closed));
    assert.deepEqual(registry().clients.at(-1)!.calls.at(-1), {method: 'leave'});
  });
});

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(condition(), 'timed out waiting for the client');
}

// Asynchronous on purpose: the stub servers live in this process and must keep answering.
function runScript(args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return runAsync('bash', [join(root, 'examples/web-client/check-token-server.sh'), ...args], {timeoutMs: 20_000});
}

function checkAnswer(stdout: string) {
  assert.match(stdout, /\{"message":\s*"pong"\}/);
  const token = /"rtcToken":\s*"([^"]+)"/.exec(stdout)?.[1];
  assert.ok(token, stdout);
  const d = decode(token);
  assert.deepEqual([d.channel, d.uid, d.expire, d.valid], ['demo', '1234', 600, true]);
}

describe('examples/web-client/check-token-server.sh', () => {
  test('passes against a server that allows the app origin, showing the token', async () => {
    const stub = await stubServer('http://localhost:5173');
    try {
      const r = await runScript([stub.url]);
      assert.equal(r.status, 0, r.stderr);
      checkAnswer(r.stdout);
      assert.match(r.stdout, /Yes: Access-Control-Allow-Origin is http:\/\/localhost:5173/);
    } finally {
      stub.server.close();
    }
  });

  test('fails with the fix when a server answers without CORS headers for the app origin', async () => {
    const stub = await stubServer(undefined);
    try {
      const r = await runScript([`${stub.url}/`, 'https://app.example.com']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /Fix: start the token server with CORS_ALLOW_ORIGIN=https:\/\/app\.example\.com/);
    } finally {
      stub.server.close();
    }
  });

  test('fails when the server is down', async () => {
    const r = await runScript(['http://127.0.0.1:9']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /Failed to connect|Couldn't connect|Connection refused/i);
  });

  // The guide's page 2: copy examples/token-server/.env.example to .env, fill in the App ID and
  // certificate, allow the app's origin, run the reference token server, then run this script.
  const referenceServer = join(root, 'examples/token-server/src/main.ts');
  const envExample = join(root, 'examples/token-server/.env.example');
  test(
    'against the reference token server configured from .env.example: passes for the allowed origin, says No with the fix for another',
    {skip: existsSync(referenceServer) && existsSync(envExample) ? false : 'the reference token server is not in examples/token-server yet'},
    async () => {
      const port = 20000 + Math.floor(Math.random() * 20000);
      const dir = mkdtempSync(join(tmpdir(), 'token-server-env-'));
      const example = readFileSync(envExample, 'utf8');
      assert.match(example, /^APP_ID=$/m, '.env.example has an empty APP_ID= line for the reader to fill');
      assert.match(example, /^APP_CERTIFICATE=$/m);
      assert.match(example, /^# CORS_ALLOW_ORIGIN=/m);
      const env = example
        .replace(/^APP_ID=$/m, `APP_ID=${appId}`)
        .replace(/^APP_CERTIFICATE=$/m, `APP_CERTIFICATE=${certificate}`)
        .replace(/^# CORS_ALLOW_ORIGIN=.*$/m, 'CORS_ALLOW_ORIGIN=http://localhost:5173')
        .concat(`\nPORT=${port}\n`);
      writeFileSync(join(dir, '.env'), env);
      // Started from the folder that holds .env, as the server reads .env from where it runs.
      const strip = Object.fromEntries(['APP_ID', 'APP_CERTIFICATE', 'PORT', 'SERVER_PORT', 'CORS_ALLOW_ORIGIN', 'AUTH_TOKEN', 'RATE_LIMIT_PER_MINUTE'].map((k) => [k, undefined]));
      const child = spawn(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, referenceServer], {
        cwd: dir,
        env: {...process.env, ...strip},
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      try {
        const url = `http://127.0.0.1:${port}`;
        for (let i = 0; i < 100; i++) {
          const up = await fetch(`${url}/ping`).then((r) => r.ok, () => false);
          if (up) break;
          if (child.exitCode !== null) assert.fail(`the reference server exited: ${output}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        const r = await runScript([url]);
        assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}\n${output}`);
        checkAnswer(r.stdout);
        assert.match(r.stdout, /Yes: Access-Control-Allow-Origin is http:\/\/localhost:5173/);

        // An origin the server does not allow: the reference server answers 403, and the script
        // still reaches step 3 and prints the "No:" line and the fix the guide promises.
        const refused = await runScript([url, 'https://app.example.com']);
        assert.equal(refused.status, 1, `${refused.stdout}\n${refused.stderr}`);
        assert.match(refused.stdout, /\{"message":\s*"pong"\}/);
        assert.match(refused.stdout, /"error":\s*"origin_not_allowed"/, 'step 2 shows the server\'s own refusal');
        assert.match(refused.stdout, /^3\. Is https:\/\/app\.example\.com allowed to read the answer \(CORS\)\?$/m);
        assert.match(refused.stderr, /^No: the server refused a request from https:\/\/app\.example\.com \(HTTP 403\)/m);
        assert.match(refused.stderr, /^Fix: start the token server with CORS_ALLOW_ORIGIN=https:\/\/app\.example\.com/m);
        assert.doesNotMatch(refused.stdout + refused.stderr, /Yes:/);
        assert.match(output, /Token server listening on http:\/\/localhost:\d+ \(App ID 970c…1b33; CORS: http:\/\/localhost:5173/, 'the start-up line the guide quotes');
        assert.ok(!output.includes(certificate), 'the server must not log the certificate');
      } finally {
        child.kill('SIGTERM');
        rmSync(dir, {recursive: true, force: true});
      }
    },
  );
});
