// Go samples (examples/go). The official module
// github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src is refused by the Go module proxy
// this project can reach ("This module version is not available"), so the samples build against
// tests/languages/go/agoradynamickey: our implementation under the same module path, swapped in
// with a `replace` in a temporary go.mod (the committed examples/go/go.mod stays what readers use).
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot, runOk, type Toolchain} from '../../languages/harness';

const module = 'github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src';

// The endpoint uses Go 1.22's method-and-wildcard routing patterns.
function toolchain(): Toolchain {
  const found = findToolchain(['go'], ['go', 'version'], 'golang-go');
  if (!found.ok) return found;
  const [, major, minor] = /go(\d+)\.(\d+)/.exec(found.version) ?? [];
  if (Number(major) === 1 && Number(minor) < 22) {
    return {ok: false, reason: `${found.version} is older than Go 1.22, which the samples need (install Go from go.dev/dl)`};
  }
  return found;
}

languageSuite({
  name: 'Go',
  library: 'compatible test implementation of the go/src module',
  toolchain,
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-go-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    const modfile = join(dir, 'go.mod');
    copyFileSync(`${repoRoot}/examples/go/go.mod`, modfile);
    const cwd = 'examples/go';
    runOk('go', ['mod', 'edit', `-modfile=${modfile}`, `-require=${module}@v0.0.0`,
      `-replace=${module}=${repoRoot}/tests/languages/go/agoradynamickey`], {cwd});
    // One `go build` for the three commands; the default build cache keeps reruns fast.
    runOk('go', ['build', `-modfile=${modfile}`, '-o', dir, './rtctoken', './variants', './server'], {
      cwd,
      env: {GOFLAGS: '-mod=mod', GOPROXY: 'off'},
      timeoutMs: 300_000,
    });
    return {
      rtc: {cmd: join(dir, 'rtctoken'), args: []},
      variants: {cmd: join(dir, 'variants'), args: []},
      server: {cmd: join(dir, 'server'), args: []},
    };
  },
});
