// Rust samples (examples/rust) build against tests/languages/rust/agora_token, our implementation
// of the crate agora_token from Agora's rust folder (not on crates.io), with hmac, sha2, flate2 and
// base64 from crates.io pinned by the committed examples/rust/Cargo.lock. The samples are copied to
// a build folder where `agora_token` is a link to that crate, exactly where the samples' Cargo.toml
// expects Agora's folder, so the committed Cargo.toml and Cargo.lock are built unchanged (--locked).
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot, runOk, type Toolchain} from '../../languages/harness';

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
  library: 'compatible test implementation of the agora_token crate',
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
      'cargo build --locked --quiet --bins',
      `cp target/debug/rtc_token target/debug/variants target/debug/server "$OUT"`,
    ].join('\n');
    runOk('flock', [join(cache, '.lock'), 'sh', '-c', script], {
      cwd: cache,
      env: {SAMPLES: join(repoRoot, 'examples/rust'), DOUBLE: join(repoRoot, 'tests/languages/rust/agora_token'), OUT: out},
      timeoutMs: 600_000,
    });
    const bin = (name: string) => ({cmd: join(out, name), args: []});
    return {rtc: bin('rtc_token'), variants: bin('variants'), server: bin('server')};
  },
});
