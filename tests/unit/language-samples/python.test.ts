// Python samples (examples/python) run against tests/agora-builder-doubles/python/agora_dynamic_key, our
// implementation of the official python3/src entry points (Agora publishes no PyPI package).
// With AGORA_DYNAMIC_KEY set, Agora's python3/src is placed as the page says: as a folder named
// agora_dynamic_key on the module path.
import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain} from '../../support/sample-harness';

const packageBuilder = builder('tests/agora-builder-doubles/python/agora_dynamic_key', 'python3/src');

function packageParent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'agora-python-package-'));
  process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
  symlinkSync(packageBuilder.path, join(dir, 'agora_dynamic_key'));
  return dir;
}

languageSuite({
  name: 'Python',
  library: packageBuilder.label,
  toolchain: () => findToolchain(['python3'], ['python3', '--version'], 'python3'),
  build: () => {
    const env = {PYTHONPATH: packageParent(), PYTHONDONTWRITEBYTECODE: '1'};
    const py = (file: string) => ({cmd: 'python3', args: [file], cwd: 'examples/python', env});
    return {rtc: py('rtc_token.py'), variants: py('variants.py'), server: py('server.py')};
  },
});
