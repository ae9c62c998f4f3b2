// The token server's packaging: the Docker image installs exactly what the lockfile pins, the
// TypeScript it builds with is the one the site checks it with, and .env.example survives
// `docker run --env-file`, which takes everything after `=` as the value (comments included).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, 'examples/token-server');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

test('package-lock.json matches package.json, and TypeScript is the root project\'s', () => {
  const pkg = json(join(dir, 'package.json'));
  const lock = json(join(dir, 'package-lock.json'));
  const rootPkg = json(join(root, 'package.json'));
  assert.equal(lock.name, pkg.name);
  assert.deepEqual(lock.packages[''].dependencies, pkg.dependencies, 'regenerate with npm install --package-lock-only');
  assert.deepEqual(lock.packages[''].devDependencies, pkg.devDependencies, 'regenerate with npm install --package-lock-only');
  assert.equal(pkg.devDependencies.typescript, rootPkg.devDependencies.typescript);
  const locked = lock.packages['node_modules/typescript'].version;
  assert.equal(locked.split('.').slice(0, 2).join('.'), rootPkg.devDependencies.typescript.replace(/^~/, '').split('.').slice(0, 2).join('.'));
  for (const [name, entry] of Object.entries<{integrity?: string; link?: boolean}>(lock.packages)) {
    if (name) assert.ok(entry.integrity || entry.link, `${name} has no integrity hash in the lockfile`);
  }
});

test('the Dockerfile installs from the lockfile', () => {
  const docker = readFileSync(join(dir, 'Dockerfile'), 'utf8');
  assert.match(docker, /^COPY package\.json package-lock\.json \.\/$/m);
  assert.match(docker, /^RUN npm ci\b/m);
  assert.doesNotMatch(docker, /npm install/);
});

test('.env.example keeps comments on their own lines, so --env-file reads clean values', () => {
  const lines = readFileSync(join(dir, '.env.example'), 'utf8').split('\n');
  const assignments = lines.filter((l) => /^#?\s*[A-Z][A-Z0-9_]*=/.test(l));
  assert.ok(assignments.length >= 8, 'expected the variables, set or commented out');
  for (const line of assignments) {
    const value = line.slice(line.indexOf('=') + 1);
    assert.doesNotMatch(value, /#|\s$/, `a value would carry a comment or trailing space: ${line}`);
  }
});
