// Builds the package from the site's engine (src/token, which stays where the site uses it):
// dist/index.js, one tree-shakable ES module, and dist/*.d.ts.
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {spawnSync} from 'node:child_process';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const engine = join(here, '../../src/token');
const dist = join(here, 'dist');
const require = createRequire(import.meta.url);

rmSync(dist, {recursive: true, force: true});
mkdirSync(dist);

// platform "neutral": a Node built-in anywhere in the engine would fail the build.
await esbuild.build({
  entryPoints: [join(engine, 'index.ts')],
  outfile: join(dist, 'index.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  legalComments: 'none',
});

// Declarations, one file per engine module. The engine imports without extensions (the site's
// bundler style); ESM consumers under "moduleResolution": "node16" need ".js", so add it.
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
const result = spawnSync(process.execPath, [tsc, '--ignoreConfig', '--declaration', '--emitDeclarationOnly', '--strict', '--skipLibCheck',
  '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom',
  '--rootDir', engine, '--outDir', dist, join(engine, 'index.ts')], {stdio: 'inherit'});
if (result.status !== 0) process.exit(result.status ?? 1);
for (const file of readdirSync(dist).filter((f) => f.endsWith('.d.ts'))) {
  const path = join(dist, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/((?:from|import)\s*\(?\s*['"])(\.\/[\w-]+)(['"])/g, '$1$2.js$3'));
}
