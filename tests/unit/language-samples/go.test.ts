// Go samples (examples/go). They build against tests/agora-builder-doubles/go/agoradynamickey, our
// implementation under the module path of Agora's github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src
// (the tests do not download Agora's module), swapped in with a `replace` in a temporary go.mod;
// the committed examples/go/go.mod stays what readers use. With AGORA_DYNAMIC_KEY set, the
// `replace` points at Agora's go/src folder instead.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain, repoRoot, runOk, type Toolchain} from '../../support/sample-harness';

const module = 'github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src';
const moduleBuilder = builder('tests/agora-builder-doubles/go/agoradynamickey', 'go/src');

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
  library: moduleBuilder.label,
  toolchain,
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-go-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    const modfile = join(dir, 'go.mod');
    copyFileSync(`${repoRoot}/examples/go/go.mod`, modfile);
    const cwd = 'examples/go';
    runOk('go', ['mod', 'edit', `-modfile=${modfile}`, `-require=${module}@v0.0.0`,
      `-replace=${module}=${moduleBuilder.path}`], {cwd});
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
// lead with the ordinary `go get`, go.mod names no version (the reader's `go get` adds it), and
// GOPROXY=direct appears only as the fallback for a proxy that refuses the module.
test('go.mod, the rtctoken sample and the Go page give the same go get, GOPROXY=direct only as a fallback', () => {
  const command = `go get ${module}@latest`;
  const goMod = readFileSync(join(repoRoot, 'examples/go/go.mod'), 'utf8');
  const page = readFileSync(join(repoRoot, 'docs/languages/go.mdx'), 'utf8');
  const sample = readFileSync(join(repoRoot, 'examples/go/rtctoken/main.go'), 'utf8');
  for (const [name, text] of [['examples/go/go.mod', goMod], ['docs/languages/go.mdx', page], ['examples/go/rtctoken/main.go', sample]]) {
    const first = text.indexOf(command);
    assert.ok(first >= 0, `${name} does not say: ${command}`);
    assert.notEqual(text.slice(Math.max(0, first - 'GOPROXY=direct '.length), first), 'GOPROXY=direct ', `${name} must lead with the plain go get`);
  }
  assert.doesNotMatch(goMod, /^\s*require\b/m, 'go.mod must not pin a version the reader has not fetched');
  const fallback = page.indexOf(`GOPROXY=direct ${command}`);
  assert.ok(fallback > page.indexOf(`\`${command}\``), 'the page gives GOPROXY=direct after the plain go get');
  assert.match(page.slice(Math.max(0, fallback - 400), fallback), /refuses/, 'the page says GOPROXY=direct is for a proxy that refuses the module');
  assert.doesNotMatch(page, /proxy\.golang\.org[^.]*403|403[^.]*proxy\.golang\.org/, 'the page must not say proxy.golang.org answers 403');
});
