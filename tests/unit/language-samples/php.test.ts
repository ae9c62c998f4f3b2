// PHP samples (examples/php) run against tests/agora-builder-doubles/php, our implementation of the
// official php/src entry points (Agora publishes no Composer package).
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain} from '../../support/sample-harness';

// With AGORA_DYNAMIC_KEY set, Agora's php/src is the include path instead.
const files = builder('tests/agora-builder-doubles/php', 'php/src');

// The samples `require_once 'RtcTokenBuilder2.php'`: PHP looks on the include path first, so
// the test points it at the test implementation instead of files copied next to the script.
const includePath = `-dinclude_path=${files.path}`;
const php = (file: string) => ({cmd: 'php', args: [includePath, file], cwd: 'examples/php'});

languageSuite({
  name: 'PHP',
  library: files.label,
  toolchain: () => findToolchain(['php'], ['php', '--version'], 'php-cli'),
  build: () => ({
    rtc: php('rtc_token.php'),
    variants: php('variants.php'),
    server: {cmd: 'sh', args: ['-c', `exec php ${includePath} -S 127.0.0.1:$PORT server.php`], cwd: 'examples/php'},
  }),
});
