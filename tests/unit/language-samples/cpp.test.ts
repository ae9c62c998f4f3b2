// C++ samples (examples/cpp) compile against tests/agora-builder-doubles/cpp/cpp/src, our implementation of
// the official cpp/src headers (same include paths, namespace and entry points), linked with
// OpenSSL's libcrypto and zlib from Debian, as the official headers are.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain, parallelScript, repoRoot, run, runOk, type Toolchain} from '../../support/sample-harness';

const headers: Array<[string, string]> = [
  ['/usr/include/openssl/hmac.h', 'libssl-dev'],
  ['/usr/include/zlib.h', 'zlib1g-dev'],
  ['/usr/include/httplib.h', 'libcpp-httplib-dev'],
];

function toolchain(): Toolchain {
  const found = findToolchain(['g++'], ['g++', '--version'], 'g++');
  if (!found.ok) return found;
  const missing = headers.filter(([file]) => !existsSync(file));
  if (missing.length > 0) {
    const pkgs = missing.map(([, pkg]) => pkg).join(' ');
    return {ok: false, reason: `missing headers ${missing.map(([f]) => f).join(', ')} (Debian: apt-get install -y ${pkgs})`};
  }
  return found;
}

// Agora's headers include each other as "cpp/src/…", so the include path is the folder above cpp/.
const headersBuilder = builder('tests/agora-builder-doubles/cpp', '.');

// The parallel build waits for every compiler it started and fails when any of them fails (a
// plain `for job in $(jobs -p)` under dash waits for nothing, since $(…) runs in a subshell).
test('the parallel build step fails when one command fails, and waits for the slow ones', () => {
  assert.equal(run('sh', ['-c', parallelScript(['true', 'sleep 0.3; false', 'true'])]).status, 1);
  assert.equal(run('sh', ['-c', parallelScript(['true', 'true'])]).status, 0);
  const marker = join(mkdtempSync(join(tmpdir(), 'agora-cpp-wait-')), 'done');
  assert.equal(run('sh', ['-c', `${parallelScript([`sleep 0.3; touch ${marker}`])} && test -e ${marker}`]).status, 0);
});

languageSuite({
  name: 'C++',
  library: headersBuilder.official ? "Agora's cpp/src headers from AGORA_DYNAMIC_KEY" : 'compatible test implementation tests/agora-builder-doubles/cpp/cpp/src',
  toolchain,
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-cpp-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    const flags = `-std=c++17 -O1 -I${headersBuilder.path}`;
    const libs: Record<string, string> = {rtc_token: '-lcrypto -lz', variants: '-lcrypto -lz', server: '-lcpp-httplib -lcrypto -lz -pthread'};
    // The three programs compile in parallel (two cores); any failure fails the build step.
    const script = parallelScript(Object.entries(libs).map(([name, l]) => `g++ ${flags} ${name}.cpp ${l} -o ${dir}/${name}`));
    runOk('sh', ['-c', script], {cwd: 'examples/cpp', timeoutMs: 300_000});
    return {
      rtc: {cmd: join(dir, 'rtc_token'), args: []},
      variants: {cmd: join(dir, 'variants'), args: []},
      server: {cmd: join(dir, 'server'), args: []},
    };
  },
});
