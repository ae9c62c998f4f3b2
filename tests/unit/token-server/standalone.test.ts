// The way the guide and the README start the server: a copy of examples/token-server on its own
// (no repository around it), `npm ci`, then `npm start` with the settings in .env.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {APP_CERTIFICATE, APP_ID, getJson} from './server';
import {expectToken} from './expect-token';
import {nowSeconds, rolePrivileges} from '../../support/token-check';

const dir = mkdtempSync(join(tmpdir(), 'token-server-alone-'));
after(() => rmSync(dir, {recursive: true, force: true, maxRetries: 5}));

test('cd examples/token-server && npm ci && npm start, from a copy of that folder alone', {timeout: 420_000}, async () => {
  const source = resolve('examples/token-server');
  cpSync(source, dir, {recursive: true, filter: (p) => !/[/\\](node_modules|dist|\.env)$/.test(p)});
  // The settings a reader puts in .env (copied from .env.example).
  writeFileSync(join(dir, '.env'), `APP_ID=${APP_ID}\nAPP_CERTIFICATE=${APP_CERTIFICATE}\nHOST=127.0.0.1\nPORT=0\n`);
  const env = {PATH: process.env.PATH, HOME: process.env.HOME, npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? tmpdir(), '.npm')};
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {cwd: dir, env, encoding: 'utf8', timeout: 180_000});
  assert.equal(ci.status, 0, `npm ci failed:\n${ci.stdout}\n${ci.stderr}`);

  // Its own process group, so that a failed start can be cleaned up whole.
  const proc = spawn('npm', ['start'], {cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
  let up = false;
  let out = '';
  // 'close' (not 'exit'): the server's last log lines arrive after npm itself exits.
  const exited = new Promise<number | null>((r) => proc.on('close', (code) => r(code)));
  try {
    const url = await new Promise<string>((ok, fail) => {
      // npm start compiles first: give a busy machine time.
      const timer = setTimeout(() => fail(new Error(`npm start did not print an address:\n${out}`)), 180_000);
      const onData = (c: Buffer) => {
        out += c;
        const m = /listening on (http:\/\/[^\s]+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          up = true;
          ok(m[1]);
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      void exited.then((code) => fail(new Error(`npm start exited with ${code}:\n${out}`)));
    });
    assert.match(out, /Read settings from .*\.env/);
    const t0 = nowSeconds();
    const r = await getJson(`${url}/rtc/demo/publisher/uid/1234/?expiry=600`);
    assert.equal(r.status, 200, r.text);
    expectToken(r.body.rtcToken, {appId: APP_ID, certificate: APP_CERTIFICATE, expire: 600, window: [t0, nowSeconds()], services: [{type: 1, privileges: rolePrivileges('publisher', 600), channelName: 'demo', uid: '1234'}]});
  } finally {
    // As a host does: SIGTERM to npm, which passes it to the server. A failed start: the whole group.
    if (up) proc.kill('SIGTERM');
    else process.kill(-proc.pid!, 'SIGKILL');
  }
  await exited;
  // npm forwards SIGTERM to the server, which finishes and logs its clean stop (npm's own exit
  // status after a signal differs between npm versions, so the server's log is the evidence).
  assert.match(out, /SIGTERM received[\s\S]*Token server stopped/, out);
  assert.ok(!out.includes(APP_CERTIFICATE));
});
