// The engine must run unchanged in a browser, a worker and Node: it bundles for a neutral
// platform with no Node built-ins, and the bundle runs in a bare VM context that has only the
// web-standard globals it needs (TextEncoder, TextDecoder, atob, btoa, crypto.getRandomValues).
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import vm from 'node:vm';
import {webcrypto} from 'node:crypto';
import {build} from 'esbuild';

test('no Node built-ins, Buffer or process in src/token', () => {
  const dir = new URL('../../../src/token/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /from ['"](node:|fs|crypto|zlib|buffer|path)['"]|\brequire\(|\bBuffer\b|\bprocess\./, file);
  }
});

test('the bundle builds for a neutral platform and runs in a bare context', async () => {
  const result = await build({
    entryPoints: [new URL('../../../src/token/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'AgoraTokenEngine',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const context = vm.createContext({TextEncoder, TextDecoder, atob, btoa, crypto: {getRandomValues: (a: Uint32Array) => webcrypto.getRandomValues(a)}});
  vm.runInContext(`${code};globalThis.AgoraTokenEngine = AgoraTokenEngine;`, context);
  const out = vm.runInContext(`(() => {
    const E = globalThis.AgoraTokenEngine;
    const token = E.buildRtcTokenWithUid({appId: '970CA35de60c44645bbae8a215061b33', appCertificate: '5CFd2fd1755d40ecb72977518be15d3b', channelName: 'demo', uid: 1, role: 1, tokenExpire: 600});
    const d = E.decodeToken(token);
    return JSON.stringify({ok: d.ok, salt: d.token.salt, valid: E.verifyToken(token, '5CFd2fd1755d40ecb72977518be15d3b').valid});
  })()`, context) as string;
  const parsed = JSON.parse(out) as {ok: boolean; salt: number; valid: boolean};
  assert.equal(parsed.ok, true);
  assert.equal(parsed.valid, true);
  assert.ok(parsed.salt >= 1 && parsed.salt <= 99999999);
});
