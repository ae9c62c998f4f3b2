// Known-answer vectors (tests/vectors/*.json): our builders reproduce every expected token,
// agora-token still produces them, and decoding yields the recorded content and fields.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {buildAccessToken2, buildToken, buildToken006, BUILDER_KINDS, decodeToken, tokenToJSON, verifyToken, type BuilderKind} from '../../../src/token';
import {toHex} from '../../../src/token/bytes';
import {agoraBuild, agoraBuild006} from './agora';

const dir = new URL('../../vectors/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

interface VectorFile {
  format: string;
  version: '007' | '006';
  builder: string;
  vectors: Array<{name: string; params: Record<string, unknown>; token: string; content: string; signature: string; decoded: Record<string, unknown>}>;
}

test('there is a vector file for every builder, the low-level builder and 006', () => {
  const builders = files.map((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as VectorFile).builder).sort();
  assert.deepEqual(builders, [...BUILDER_KINDS, 'accessToken2', 'legacy006'].sort());
});

for (const file of files) {
  const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as VectorFile;
  test(`vectors ${file}: ${data.vectors.length} known answers`, () => {
    assert.equal(data.format, 'agora-token-vector/1');
    assert.ok(data.vectors.length > 0);
    for (const v of data.vectors) {
      const p = v.params as never;
      let ours: string;
      if (data.builder === 'accessToken2') ours = buildAccessToken2(p);
      else if (data.builder === 'legacy006') {
        ours = buildToken006(p);
        assert.equal(agoraBuild006(p), v.token, `${v.name}: agora-token`);
      } else {
        ours = buildToken(data.builder as BuilderKind, p);
        assert.equal(agoraBuild(data.builder as BuilderKind, p), v.token, `${v.name}: agora-token`);
      }
      assert.equal(ours, v.token, v.name);
      const d = decodeToken(v.token);
      assert.ok(d.ok, v.name);
      assert.equal(toHex(d.token.content), v.content);
      assert.equal(d.token.signature, v.signature);
      assert.deepEqual(JSON.parse(JSON.stringify(tokenToJSON(d.token))), v.decoded);
      const params = v.params as {appCertificate: string; channelName?: string; uid?: number | string};
      const ctx = data.version === '006' ? {channelName: params.channelName as string, uid: params.uid as number | string} : undefined;
      assert.equal(verifyToken(v.token, params.appCertificate, ctx).status, 'valid', v.name);
    }
  });
}
