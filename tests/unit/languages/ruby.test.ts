// Ruby samples (examples/ruby) run the way the Ruby page says: through Bundler with the committed
// examples/ruby/Gemfile, which names the gem agora_dynamic_key by path (vendor/agora_dynamic_key)
// plus the gems the samples and Agora's gem load (base64, webrick). The samples and the Gemfile
// are copied to a folder where vendor/agora_dynamic_key is tests/languages/ruby, our
// implementation of Agora's gem (not on RubyGems), or Agora's ruby folder with AGORA_DYNAMIC_KEY.
// Bundler resolves against the installed gems only (Debian: ruby-webrick), never the network.
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../languages/suite';
import {builder, findToolchain, repoRoot, run, type Toolchain} from '../../languages/harness';

const gem = builder('tests/languages/ruby', 'ruby');

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
