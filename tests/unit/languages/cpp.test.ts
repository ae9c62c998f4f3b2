// C++ samples (examples/cpp) compile against tests/languages/cpp/cpp/src, our implementation of
// the official cpp/src headers (same include paths, namespace and entry points), linked with
// OpenSSL's libcrypto and zlib from Debian, as the official headers are.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot, runOk, type Toolchain} from '../../languages/harness';

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

languageSuite({
  name: 'C++',
  library: 'compatible test implementation of the cpp/src headers',
  toolchain,
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-cpp-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    const flags = `-std=c++17 -O1 -I${repoRoot}/tests/languages/cpp`;
    const libs: Record<string, string> = {rtc_token: '-lcrypto -lz', variants: '-lcrypto -lz', server: '-lcpp-httplib -lcrypto -lz -pthread'};
    // The three programs compile in parallel (two cores); any failure fails the build step.
    const script = Object.entries(libs)
      .map(([name, l]) => `g++ ${flags} ${name}.cpp ${l} -o ${dir}/${name} &`)
      .join('\n') + '\nstatus=0; for job in $(jobs -p); do wait $job || status=1; done; exit $status';
    runOk('sh', ['-c', script], {cwd: 'examples/cpp', timeoutMs: 300_000});
    return {
      rtc: {cmd: join(dir, 'rtc_token'), args: []},
      variants: {cmd: join(dir, 'variants'), args: []},
      server: {cmd: join(dir, 'server'), args: []},
    };
  },
});
