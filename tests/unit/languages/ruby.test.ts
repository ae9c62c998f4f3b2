// Ruby samples (examples/ruby) run against tests/languages/ruby/lib, our implementation of the
// entry points of Agora's gem agora_dynamic_key (it is not published on RubyGems).
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot} from '../../languages/harness';

const lib = `-I${repoRoot}/tests/languages/ruby/lib`;
const ruby = (file: string) => ({cmd: 'ruby', args: [lib, file], cwd: 'examples/ruby'});

languageSuite({
  name: 'Ruby',
  library: 'compatible test implementation of the agora_dynamic_key gem',
  toolchain: () => findToolchain(['ruby'], ['ruby', '--version'], 'ruby'),
  build: () => ({rtc: ruby('rtc_token.rb'), variants: ruby('variants.rb'), server: ruby('server.rb')}),
});
