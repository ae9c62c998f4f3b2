// Go samples (examples/go). The official module
// github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src is refused by the Go module proxy
// this project can reach ("This module version is not available"), so the samples build against
// tests/languages/go/agoradynamickey: our implementation under the same module path, swapped in
// with a `replace` in a temporary go.mod (the committed examples/go/go.mod stays what readers use).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
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

// The reader's instructions and the repository agree: the page, go.mod and the sample's header
// give the same fetch command, and go.mod names no version (the reader's `go get` adds it).
test('go.mod, the rtctoken sample and the Go page give the same GOPROXY=direct go get', () => {
  const command = `GOPROXY=direct go get ${module}@latest`;
  const goMod = readFileSync(join(repoRoot, 'examples/go/go.mod'), 'utf8');
  const page = readFileSync(join(repoRoot, 'docs/languages/go.mdx'), 'utf8');
  const sample = readFileSync(join(repoRoot, 'examples/go/rtctoken/main.go'), 'utf8');
  for (const [name, text] of [['examples/go/go.mod', goMod], ['docs/languages/go.mdx', page], ['examples/go/rtctoken/main.go', sample]]) {
    assert.ok(text.includes(command), `${name} does not say: ${command}`);
  }
  assert.doesNotMatch(goMod, /^\s*require\b/m, 'go.mod must not pin a version the reader has not fetched');
  assert.doesNotMatch(page.replaceAll(command, ''), /(?<!GOPROXY=direct )`go get /, 'every go get on the page uses GOPROXY=direct');
});
