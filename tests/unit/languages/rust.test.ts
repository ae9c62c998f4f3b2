// Rust samples (examples/rust) build against tests/languages/rust/agora_token, our implementation
// of the crate agora_token from Agora's rust folder (not on crates.io), with hmac, sha2, flate2 and
// base64 from crates.io pinned by the committed examples/rust/Cargo.lock. The samples are copied to
// a build folder where `agora_token` is a link to that crate, exactly where the samples' Cargo.toml
// expects Agora's folder, so the committed Cargo.toml and Cargo.lock are built unchanged (--locked).
import {cpSync, mkdirSync, rmSync, symlinkSync} from 'node:fs';
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
    // A fixed folder under node_modules/.cache keeps compiled crates between runs (warm: seconds).
    const dir = join(repoRoot, 'node_modules/.cache/agora-token-samples-rust');
    rmSync(join(dir, 'src'), {recursive: true, force: true});
    rmSync(join(dir, 'agora_token'), {force: true});
    mkdirSync(dir, {recursive: true});
    for (const file of ['Cargo.toml', 'Cargo.lock', 'src']) {
      cpSync(join(repoRoot, 'examples/rust', file), join(dir, file), {recursive: true});
    }
    symlinkSync(join(repoRoot, 'tests/languages/rust/agora_token'), join(dir, 'agora_token'));
    runOk('cargo', ['build', '--locked', '--quiet', '--bins'], {cwd: dir, timeoutMs: 600_000});
    const bin = (name: string) => ({cmd: join(dir, 'target/debug', name), args: []});
    return {rtc: bin('rtc_token'), variants: bin('variants'), server: bin('server')};
  },
});
