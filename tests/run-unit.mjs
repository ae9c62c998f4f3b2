#!/usr/bin/env node
// Runs every tests/unit/**/*.test.ts file with Node's test runner (TypeScript through tsx).
// Node 20's runner does not expand globs itself, hence this small launcher.
import {spawnSync} from 'node:child_process';
import {walkFiles} from './support/sample-files.mjs';

const filter = process.argv.slice(2);
const files = walkFiles('tests/unit')
  .filter((file) => file.endsWith('.test.ts'))
  .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error('No unit test files found under tests/unit.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
