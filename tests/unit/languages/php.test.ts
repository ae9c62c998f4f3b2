// PHP samples (examples/php) run against tests/languages/php, our implementation of the
// official php/src entry points (Agora publishes no Composer package).
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot} from '../../languages/harness';

// The samples `require_once 'RtcTokenBuilder2.php'`: PHP looks on the include path first, so
// the test points it at the test implementation instead of files copied next to the script.
const includePath = `-dinclude_path=${repoRoot}/tests/languages/php`;
const php = (file: string) => ({cmd: 'php', args: [includePath, file], cwd: 'examples/php'});

languageSuite({
  name: 'PHP',
  library: 'compatible test implementation of php/src',
  toolchain: () => findToolchain(['php'], ['php', '--version'], 'php-cli'),
  build: () => ({
    rtc: php('rtc_token.php'),
    variants: php('variants.php'),
    server: {cmd: 'sh', args: ['-c', `exec php ${includePath} -S 127.0.0.1:$PORT server.php`], cwd: 'examples/php'},
  }),
});
