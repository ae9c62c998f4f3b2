// Ruby samples (examples/ruby) run the way the Ruby page says: through Bundler with the committed
// examples/ruby/Gemfile, which names the gem agora_dynamic_key by path (vendor/agora_dynamic_key)
// plus the gems the samples and Agora's gem load (base64, webrick). The samples and the Gemfile
// are copied to a folder where vendor/agora_dynamic_key is tests/agora-builder-doubles/ruby, our
// implementation of Agora's gem (not on RubyGems), or Agora's ruby folder with AGORA_DYNAMIC_KEY.
// Bundler resolves against the installed gems only (Debian: ruby-webrick), never the network.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain, repoRoot, run, type Toolchain} from '../../support/sample-harness';

const gem = builder('tests/agora-builder-doubles/ruby', 'ruby');

function toolchain(): Toolchain {
  const found = findToolchain(['ruby'], ['ruby', '--version'], 'ruby ruby-webrick');
  if (!found.ok) return found;
  const r = run('ruby', ['-e', 'gem "webrick"; require "bundler"']);
  if (r.status !== 0) return {ok: false, reason: 'the webrick gem or Bundler is missing (Debian: apt-get install -y ruby-webrick)'};
  return found;
}

languageSuite({
  name: 'Ruby',
  library: gem.label,
  toolchain,
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-ruby-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    for (const file of readdirSync(join(repoRoot, 'examples/ruby'))) {
      if (file.endsWith('.rb') || file === 'Gemfile') copyFileSync(join(repoRoot, 'examples/ruby', file), join(dir, file));
    }
    mkdirSync(join(dir, 'vendor'));
    symlinkSync(gem.path, join(dir, 'vendor/agora_dynamic_key'));
    const env = {BUNDLE_GEMFILE: join(dir, 'Gemfile')};
    const ruby = (file: string) => ({cmd: 'ruby', args: ['-rbundler/setup', file], cwd: dir, env});
    return {rtc: ruby('rtc_token.rb'), variants: ruby('variants.rb'), server: ruby('server.rb')};
  },
});

// Ruby 3.4 made base64 a bundled gem and Ruby 3.0 took webrick out of the standard library:
// under Bundler either loads only when the Gemfile lists it. Agora's gem requires base64 without
// declaring it (official-surface.json) and the endpoint requires webrick; Ruby 3.1 here would not
// notice a missing base64 line, so this checks the Gemfile against those requires directly.
test('the Gemfile lists every gem that Agora\'s files and the samples require and Bundler would hide', () => {
  const surface = JSON.parse(readFileSync(join(repoRoot, 'tests/agora-builder-doubles/ruby/official-surface.json'), 'utf8'));
  const agoraRequires = Object.values<{imports: string[]}>(surface.files).flatMap((f) => f.imports);
  const sampleRequires = readdirSync(join(repoRoot, 'examples/ruby')).filter((f) => f.endsWith('.rb'))
    .flatMap((f) => [...readFileSync(join(repoRoot, 'examples/ruby', f), 'utf8').matchAll(/^require '([^']+)'/gm)].map((m) => `require ${m[1]}`));
  const hiddenByBundler = ['base64', 'webrick'];
  const needed = hiddenByBundler.filter((gem) => [...agoraRequires, ...sampleRequires].includes(`require ${gem}`));
  assert.deepEqual(needed, hiddenByBundler, 'Agora\'s files require base64 and the endpoint requires webrick');
  const gemfile = readFileSync(join(repoRoot, 'examples/ruby/Gemfile'), 'utf8');
  for (const gem of needed) assert.match(gemfile, new RegExp(`^gem '${gem}'`, 'm'), `examples/ruby/Gemfile must list ${gem}`);
});
