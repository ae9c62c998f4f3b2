// Rust samples (examples/rust) build against tests/agora-builder-doubles/rust/agora_token, our implementation
// of the crate agora_token from Agora's rust folder (not on crates.io), with the same crates.io
// dependencies as Agora's Cargo.toml, pinned by the committed examples/rust/Cargo.lock (which
// therefore fits Agora's crate too). The samples are copied to a build folder where `agora_token`
// is a link to that crate, exactly where the samples' Cargo.toml expects Agora's folder, so the
// committed Cargo.toml and Cargo.lock are built unchanged (--locked). With AGORA_DYNAMIC_KEY set,
// the link points at Agora's rust folder instead (tests/support/sample-harness.ts, builder()).
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain, repoRoot, runOk, type Toolchain} from '../../support/sample-harness';

const crate = builder('tests/agora-builder-doubles/rust/agora_token', 'rust');

const minimum = [1, 70]; // rust-version in examples/rust/Cargo.toml

function toolchain(): Toolchain {
  const found = findToolchain(['cargo', 'rustc'], ['rustc', '--version'], 'cargo');
  if (!found.ok) return found;
  const [, major, minor] = /rustc (\d+)\.(\d+)/.exec(found.version) ?? [];
  if (Number(major) === minimum[0] && Number(minor) < minimum[1]) {
    return {ok: false, reason: `${found.version} is older than Rust ${minimum.join('.')}, which the samples need (install a newer Rust with rustup)`};
  }
  return found;
}

languageSuite({
  name: 'Rust',
  library: crate.label,
  toolchain,
  build: () => {
    // A fixed folder under node_modules/.cache keeps compiled crates between runs (warm: about a
    // second). Another `npm test` may build at the same time, so the refresh and the build run
    // under a lock and the programs are copied out to this run's own folder before they run.
    const cache = join(repoRoot, 'node_modules/.cache/agora-token-samples-rust');
    const out = mkdtempSync(join(tmpdir(), 'agora-rust-samples-'));
    process.on('exit', () => rmSync(out, {recursive: true, force: true}));
    mkdirSync(cache, {recursive: true});
    const script = [
      'set -e',
      'rm -rf src agora_token',
      `cp -R "$SAMPLES/Cargo.toml" "$SAMPLES/Cargo.lock" "$SAMPLES/src" .`,
      `ln -s "$DOUBLE" agora_token`,
      // Cargo tracks a path crate by file times, not by where the link points: rebuild it when
      // the link changes between the double and Agora's folder.
      `if [ "$(cat .builder 2>/dev/null)" != "$DOUBLE" ]; then cargo clean --quiet -p agora_token; echo "$DOUBLE" > .builder; fi`,
      'cargo build --locked --quiet --bins',
      `cp target/debug/rtc_token target/debug/variants target/debug/server "$OUT"`,
    ].join('\n');
    runOk('flock', [join(cache, '.lock'), 'sh', '-c', script], {
      cwd: cache,
      env: {SAMPLES: join(repoRoot, 'examples/rust'), DOUBLE: crate.path, OUT: out},
      timeoutMs: 600_000,
    });
    const bin = (name: string) => ({cmd: join(out, name), args: []});
    return {rtc: bin('rtc_token'), variants: bin('variants'), server: bin('server')};
  },
});
