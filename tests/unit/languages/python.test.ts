// Python samples (examples/python) run against tests/languages/python/agora_dynamic_key, our
// implementation of the official python3/src entry points (Agora publishes no PyPI package).
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot} from '../../languages/harness';

const env = {PYTHONPATH: `${repoRoot}/tests/languages/python`, PYTHONDONTWRITEBYTECODE: '1'};
const py = (file: string) => ({cmd: 'python3', args: [file], cwd: 'examples/python', env});

languageSuite({
  name: 'Python',
  library: 'compatible test implementation of python3/src',
  toolchain: () => findToolchain(['python3'], ['python3', '--version'], 'python3'),
  build: () => ({rtc: py('rtc_token.py'), variants: py('variants.py'), server: py('server.py')}),
});
