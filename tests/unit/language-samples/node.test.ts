// Node.js samples (examples/node) run against the official npm package agora-token.
import {languageSuite} from '../../support/sample-suite';
import {findToolchain} from '../../support/sample-harness';

languageSuite({
  name: 'Node.js',
  library: 'official npm agora-token 2.0.6',
  toolchain: () => findToolchain(['node'], ['node', '--version'], 'nodejs'),
  build: () => ({
    rtc: {cmd: process.execPath, args: ['examples/node/rtc-token.mjs']},
    variants: {cmd: process.execPath, args: ['examples/node/variants.mjs']},
    server: {cmd: process.execPath, args: ['examples/node/server.mjs']},
  }),
});
