// Shared harness for the per-language sample tests (tests/unit/language-samples/*.test.ts).
//
// Each language's test builds its samples once, runs them with inputs passed through environment
// variables, and hands every printed token to `expectToken`, which decodes it, checks the
// signature with the App Certificate and compares every field with what was asked for.
import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process';
import {randomBytes, randomInt} from 'node:crypto';
import assert from 'node:assert/strict';
import {decodeForTest, nowSeconds, rolePrivileges, type DecodedForTest} from './token-check';
import {freePort} from './servers';

export const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

export type Credentials = {APP_ID: string; APP_CERTIFICATE: string};

/** Fresh random credentials for each test file: 32 hex characters, mixed case in the certificate
 * so that a builder which hex-decodes or lower-cases it produces a token that fails to verify. */
export function randomCredentials(): Credentials {
  const cert = [...randomBytes(16).toString('hex')]
    .map((c, i) => (i % 3 === 0 ? c.toUpperCase() : c))
    .join('');
  return {APP_ID: randomBytes(16).toString('hex'), APP_CERTIFICATE: cert};
}

// Agora's channel-name alphabet (the space is left out only to keep shell-free argv simple;
// it is in the set and is exercised by the server test through URL encoding).
const channelAlphabet =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()+-:;<=.>?@[]^_{}|~,';

export function randomChannel(length = randomInt(1, 64)): string {
  return Array.from({length}, () => channelAlphabet[randomInt(channelAlphabet.length)]).join('');
}

/** A uid above 2^31 catches builders that treat it as a signed 32-bit integer. */
export function randomUid(): number {
  return randomInt(2 ** 31, 2 ** 32);
}

export function randomAccount(): string {
  return `user-${randomBytes(4).toString('hex')}`;
}

// ---- toolchains ---------------------------------------------------------------------------

export type Toolchain = {ok: true; version: string} | {ok: false; reason: string};

/** Looks for every command a language needs; the first line of `versionCmd` names the version. */
export function findToolchain(commands: string[], versionCmd: string[], debianPackages: string): Toolchain {
  for (const cmd of commands) {
    const found = spawnSync('sh', ['-c', `command -v ${cmd}`], {encoding: 'utf8'});
    if (found.status !== 0) {
      return {
        ok: false,
        reason: `${cmd} is not installed (Debian: apt-get install -y ${debianPackages}; npm test installs it through scripts/ensure-system-deps.sh when run as root)`,
      };
    }
  }
  const v = spawnSync(versionCmd[0], versionCmd.slice(1), {encoding: 'utf8'});
  const version = `${v.stdout ?? ''}${v.stderr ?? ''}`.split('\n').find((l) => l.trim() !== '') ?? 'unknown';
  return {ok: true, version: version.trim()};
}

// ---- running programs ----------------------------------------------------------------------

export type RunOptions = {cwd?: string; env?: Record<string, string>; timeoutMs?: number};

export function run(cmd: string, args: string[], opts: RunOptions = {}): SpawnSyncReturns<string> {
  const result = spawnSync(cmd, args, {
    cwd: opts.cwd ?? repoRoot,
    env: {...process.env, ...opts.env},
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
  });
  if (result.error) throw result.error;
  return result;
}

/**
 * Runs a command without blocking this process (servers started by the test keep answering),
 * feeding it `stdin`, and resolves with its exit status and output.
 */
export function runAsync(cmd: string, args: string[], opts: RunOptions & {stdin?: string} = {}): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {cwd: opts.cwd ?? repoRoot, env: {...process.env, ...opts.env}, timeout: opts.timeoutMs ?? 120_000});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({status, stdout, stderr}));
    child.stdin.end(opts.stdin ?? '');
  });
}

/** Runs a command that must succeed; a failure reports its output. */
export function runOk(cmd: string, args: string[], opts: RunOptions = {}): string {
  const r = run(cmd, args, opts);
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Parses `label: token` lines into a map. */
export function labelledTokens(stdout: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const m = /^([a-z-]+): (\S+)$/.exec(line.trim());
    if (m) map.set(m[1], m[2]);
  }
  return map;
}

/** The single token a program printed (the whole of its output, one line). */
export function singleToken(stdout: string): string {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  assert.equal(lines.length, 1, `expected exactly one line of output, got:\n${stdout}`);
  return lines[0].trim();
}

// ---- checking tokens -----------------------------------------------------------------------

export type ExpectedService =
  | {type: 1; channelName: string; uid: string; privileges: Record<number, number>}
  | {type: 2; userId: string; privileges: Record<number, number>}
  | {type: 5; userId: string; privileges: Record<number, number>};

export type Expected = {
  credentials: Credentials;
  expire: number;
  services: ExpectedService[];
  /** Unix seconds bracketing the program run: the token's issue time must fall inside. */
  issuedBetween: [number, number];
};

/** Decodes `token`, verifies it with the certificate and checks every field; returns the decoding. */
export function expectToken(token: string, expected: Expected, label = 'token'): DecodedForTest {
  assert.match(token, /^007[A-Za-z0-9+/]+=*$/, `${label}: not a version 007 token: ${JSON.stringify(token)}`);
  const decoded = decodeForTest(token, expected.credentials.APP_CERTIFICATE);
  assert.equal(decoded.signatureValid, true, `${label}: the signature does not verify with the App Certificate`);
  assert.equal(decoded.appId, expected.credentials.APP_ID, `${label}: App ID`);
  assert.equal(decoded.expire, expected.expire, `${label}: token expiry (seconds after issue)`);
  const [from, to] = expected.issuedBetween;
  assert.ok(
    decoded.issueTs >= from - 1 && decoded.issueTs <= to + 1,
    `${label}: issue time ${decoded.issueTs} is not the time of the run (${from}..${to}): a fixed or millisecond clock?`,
  );
  assert.ok(decoded.salt >= 1 && decoded.salt <= 0xffffffff, `${label}: salt ${decoded.salt} out of range`);
  assert.deepEqual(
    decoded.services.map((s) => s.type),
    expected.services.map((s) => s.type),
    `${label}: service types`,
  );
  expected.services.forEach((want, i) => {
    const got = decoded.services[i];
    assert.deepEqual(got.privileges, want.privileges, `${label}: privileges of service ${want.type}`);
    if (want.type === 1) {
      assert.equal(got.channelName, want.channelName, `${label}: channel name`);
      assert.equal(got.uid, want.uid, `${label}: uid / user account`);
    } else {
      assert.equal(got.userId, want.userId, `${label}: user id`);
    }
  });
  return decoded;
}

// ---- the token endpoint --------------------------------------------------------------------

/**
 * Starts a token server, waits until it answers, runs `fn` against it and stops it. The server
 * gets PORT through the environment; its output is kept for the failure message.
 */
export async function withServer<T>(
  cmd: string,
  args: string[],
  opts: RunOptions,
  fn: (baseUrl: string) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const child = spawn(cmd, args, {
    cwd: opts.cwd ?? repoRoot,
    env: {...process.env, ...opts.env, PORT: String(port)},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
    for (;;) {
      if (exited) throw new Error(`the token server exited before answering:\n${output}`);
      try {
        await fetch(`${baseUrl}/rtc/`, {signal: AbortSignal.timeout(1000)});
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`the token server did not answer on port ${port}:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return await fn(baseUrl);
  } catch (error) {
    if (error instanceof Error) error.message += `\n--- server output ---\n${output}`;
    throw error;
  } finally {
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await gone;
      clearTimeout(timer);
    }
  }
}

/**
 * The contract every language's endpoint meets, the reference server's
 * `GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=` route: `{"rtcToken": "007…"}` for good
 * requests, a 400 for a bad role, token type, uid or expiry (whole seconds, 1 to 86400).
 */
export async function checkTokenEndpoint(baseUrl: string, credentials: Credentials): Promise<void> {
  const channel = randomChannel(20) + ' x';
  const uid = randomUid();
  const before = nowSeconds();
  const pub = await fetch(`${baseUrl}/rtc/${encodeURIComponent(channel)}/publisher/uid/${uid}/?expiry=600`);
  assert.equal(pub.status, 200, `publisher by uid: HTTP ${pub.status} ${await pub.clone().text()}`);
  assert.match(pub.headers.get('content-type') ?? '', /application\/json/, 'publisher by uid: content type');
  const pubBody = (await pub.json()) as {rtcToken?: string};
  expectToken(
    String(pubBody.rtcToken),
    {
      credentials,
      expire: 600,
      issuedBetween: [before, nowSeconds()],
      services: [{type: 1, channelName: channel, uid: String(uid), privileges: rolePrivileges('publisher', 600)}],
    },
    'GET /rtc/…/publisher/uid/…',
  );

  const account = randomAccount();
  const before2 = nowSeconds();
  const sub = await fetch(`${baseUrl}/rtc/demo/subscriber/userAccount/${account}/`);
  assert.equal(sub.status, 200, `subscriber by account: HTTP ${sub.status} ${await sub.clone().text()}`);
  const subBody = (await sub.json()) as {rtcToken?: string};
  expectToken(
    String(subBody.rtcToken),
    {
      credentials,
      expire: 3600,
      issuedBetween: [before2, nowSeconds()],
      services: [{type: 1, channelName: 'demo', uid: account, privileges: rolePrivileges('subscriber', 3600)}],
    },
    'GET /rtc/demo/subscriber/userAccount/… (default expiry)',
  );

  for (const bad of [
    '/rtc/demo/admin/uid/1/',
    '/rtc/demo/publisher/email/1/',
    '/rtc/demo/publisher/uid/4294967296/',
    '/rtc/demo/publisher/uid/12ab/',
    '/rtc/demo/publisher/uid/1/?expiry=-5',
    '/rtc/demo/publisher/uid/1/?expiry=soon',
    '/rtc/demo/publisher/uid/1/?expiry=90000',
  ]) {
    const res = await fetch(baseUrl + bad);
    assert.equal(res.status, 400, `${bad} should be refused with 400, got ${res.status}`);
    await res.arrayBuffer();
  }
}

export type {DecodedForTest};

// ---- which builder ------------------------------------------------------------------------

/** The builder the samples run against: our compatible implementation under tests/agora-builder-doubles/, or,
 * when AGORA_DYNAMIC_KEY names a local copy of Agora's DynamicKey/AgoraDynamicKey folder (from
 * AgoraIO/Tools), Agora's own files placed as each page's step 1 says. The second is a
 * maintainer's check that the pages hold with the real files; no test needs it. */
export function builder(double: string, official: string): {path: string; label: string; official: boolean} {
  const tools = process.env.AGORA_DYNAMIC_KEY;
  if (tools) return {path: `${tools.replace(/\/$/, '')}/${official}`, label: `Agora's ${official} from AGORA_DYNAMIC_KEY`, official: true};
  return {path: `${repoRoot}/${double}`, label: `compatible test implementation ${double}`, official: false};
}

/** A POSIX sh script that runs the commands in parallel, waits for each by its process id, and
 * exits 1 when any of them failed. */
export function parallelScript(commands: string[]): string {
  return [
    'pids=""',
    ...commands.map((command) => `( ${command} ) & pids="$pids $!"`),
    'status=0',
    'for pid in $pids; do wait "$pid" || status=1; done',
    'exit $status',
  ].join('\n');
}
