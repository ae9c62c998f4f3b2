import {expect, test} from '@playwright/test';
import {build} from 'esbuild';
import {join} from 'node:path';
import {BUILDER_KINDS, type BuildParams, type BuilderKind} from '../../src/token';
import {agoraBuild} from '../unit/token/agora';
import {Gen} from '../unit/token/gen';

// The token engine in real Chromium, on a page of the built site and in a Web Worker: tokens
// built there for random inputs of every builder equal agora-token's (computed here in Node for
// the same salt and issue time), and decode, verify and diagnose behave as in Node.

declare global {
  interface Window {
    AgoraTokenEngine: typeof import('../../src/token');
  }
}

let bundle = '';
const PER_BUILDER = 40;
const cases: Array<{kind: BuilderKind; params: BuildParams[BuilderKind]; expected: string}> = [];

test.beforeAll(async () => {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/token/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'AgoraTokenEngine',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0].text;
  const gen = new Gen(314159);
  for (const kind of BUILDER_KINDS) {
    for (let i = 0; i < PER_BUILDER; i++) {
      const params = gen.params(kind);
      cases.push({kind, params, expected: agoraBuild(kind, params, i)});
    }
  }
});

test('in the page: tokens equal agora-token; decode, verify, diagnose and fuzz behave', async ({page}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('./', {waitUntil: 'load'});
  await page.addScriptTag({content: bundle});
  const result = await page.evaluate((input) => {
    const E = window.AgoraTokenEngine;
    const mismatches: string[] = [];
    let verified = 0;
    for (const c of input) {
      const token = E.buildToken(c.kind, c.params as never);
      if (token !== c.expected) mismatches.push(`${c.kind}: ${token} != ${c.expected}`);
      const d = E.decodeToken(token);
      const cert = (c.params as {appCertificate: string}).appCertificate;
      if (d.ok && E.verifyToken(d.token, cert).valid) verified++;
    }
    // Fuzz: mutated tokens must never throw and always give a decoding or a named error.
    const parts = new Set(['input', 'prefix', 'base64', 'zlib', 'field', 'trailing']);
    let fuzzed = 0;
    let bad = 0;
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= "{}\n';
    for (let i = 0; i < 5000; i++) {
      const base = input[i % input.length].expected;
      const at = Math.floor(rnd() * base.length);
      const mutated = rnd() < 0.5 ? base.slice(0, at) + alphabet[Math.floor(rnd() * alphabet.length)] + base.slice(at + 1) : base.slice(0, at);
      try {
        const r = E.decodeToken(mutated);
        if (!r.ok && !parts.has(r.error.part)) bad++;
        const p = input[i % input.length].params as {appId: string; appCertificate: string};
        const v = E.verifyToken(mutated, p.appCertificate);
        const dg = E.diagnoseToken(mutated, {appId: p.appId, channelName: 'c', uid: 1, publish: true, appCertificate: p.appCertificate});
        if (!v.message || !dg.summary) bad++;
      } catch {
        bad++;
      }
      fuzzed++;
    }
    // Validation errors surface as typed errors in the browser too.
    let typed = '';
    try {
      E.buildRtcTokenWithUid({appId: 'x', appCertificate: 'y', channelName: 'c', uid: 1.5, role: 1, tokenExpire: 60});
    } catch (e) {
      typed = e instanceof E.TokenInputError ? `${e.field}/${e.rule}` : String(e);
    }
    const salt = E.decodeToken(E.buildRtcTokenWithUid({appId: '970CA35de60c44645bbae8a215061b33', appCertificate: '5CFd2fd1755d40ecb72977518be15d3b', channelName: 'c', uid: 1, role: 1, tokenExpire: 60}));
    return {mismatches, verified, fuzzed, bad, typed, randomSalt: salt.ok ? salt.token.version === '007' && salt.token.salt : 0};
  }, cases);
  expect(result.mismatches).toEqual([]);
  expect(result.verified).toBe(cases.length);
  expect(result.fuzzed).toBe(5000);
  expect(result.bad).toBe(0);
  expect(result.typed).toBe('appId/hex32');
  expect(result.randomSalt).toBeGreaterThanOrEqual(1);
  expect(cases.length).toBe(PER_BUILDER * BUILDER_KINDS.length);
  expect(errors).toEqual([]);
});

test('in a Web Worker: the same engine builds the same tokens', async ({page}) => {
  await page.goto('./', {waitUntil: 'load'});
  const sample = cases.filter((_, i) => i % 8 === 0);
  const tokens = await page.evaluate(
    ({code, input}) =>
      new Promise<string[]>((resolve, reject) => {
        const source = `${code}\nself.onmessage = (e) => { const E = AgoraTokenEngine; self.postMessage(e.data.map((c) => E.buildToken(c.kind, c.params))); };`;
        const worker = new Worker(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})));
        worker.onmessage = (e) => resolve(e.data as string[]);
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage(input);
      }),
    {code: bundle, input: sample.map(({kind, params}) => ({kind, params}))},
  );
  expect(tokens).toEqual(sample.map((c) => c.expected));
});
