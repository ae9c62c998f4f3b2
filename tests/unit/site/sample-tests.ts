// Which test runs each sample file a page shows. Every `file=` on a page must be listed here, and
// `runs` is the text in that test that builds or starts the sample (a path, program, class or
// folder name), so a reviewer can follow each sample to the line that executes it.
// tests/unit/site/sample-tests.test.ts checks this map against the pages and the tests.

export type SampleTest = {
  /** The test file that runs the sample, from the repository root. */
  test: string;
  /** Text that occurs in that test where it builds, starts or loads this sample. */
  runs: string;
  /** For a helper the test does not start itself: the sample that loads it, and the loading text. */
  loadedBy?: {sample: string; text: string};
};

const language = (lang: string) => `tests/unit/language-samples/${lang}.test.ts`;
const webClient = 'tests/unit/guide/web-client.test.ts';
const callPage = 'tests/e2e/web-client.spec.ts';
const callPageServer = "'examples/web-client/serve.mjs'";
const runtime = (name: string) => `tests/unit/runtimes/${name}.test.ts`;

export const sampleTests: Record<string, SampleTest> = {
  'examples/bun/server.ts': {test: runtime('bun'), runs: "'examples/bun/server.ts'"},
  'examples/deno/server.ts': {test: runtime('deno'), runs: "const sample = 'examples/deno/server.ts'"},
  'examples/edge/token-handler.ts': {test: runtime('edge'), runs: "'examples/edge/token-handler.ts'"},
  'examples/workers/worker.ts': {test: runtime('workers'), runs: "bundleWorker('examples/workers/worker.ts'"},
  'examples/workers/agora-token-worker.ts': {test: runtime('workers'), runs: "bundleWorker('examples/workers/agora-token-worker.ts'"},

  'examples/cpp/rtc_token.cpp': {test: language('cpp'), runs: "join(dir, 'rtc_token')"},
  'examples/cpp/variants.cpp': {test: language('cpp'), runs: "join(dir, 'variants')"},
  'examples/cpp/server.cpp': {test: language('cpp'), runs: "join(dir, 'server')"},

  'examples/csharp/RtcToken.cs': {test: language('csharp'), runs: "exe('RtcToken')"},
  'examples/csharp/Variants.cs': {test: language('csharp'), runs: "exe('Variants')"},
  'examples/csharp/TokenServer.cs': {test: language('csharp'), runs: "exe('TokenServer')"},

  'examples/go/rtctoken/main.go': {test: language('go'), runs: "'./rtctoken'"},
  'examples/go/variants/main.go': {test: language('go'), runs: "'./variants'"},
  'examples/go/server/main.go': {test: language('go'), runs: "'./server'"},

  'examples/java/pom.xml': {test: language('java'), runs: "const dir = 'examples/java'"},
  'examples/java/src/main/java/example/RtcToken.java': {test: language('java'), runs: "java('example.RtcToken')"},
  'examples/java/src/main/java/example/Variants.java': {test: language('java'), runs: "java('example.Variants')"},
  'examples/java/src/main/java/example/TokenServer.java': {test: language('java'), runs: "java('example.TokenServer')"},

  'examples/kotlin/pom.xml': {test: language('kotlin'), runs: "join(repoRoot, 'examples/kotlin/pom.xml')"},
  'examples/kotlin/src/main/kotlin/example/RtcToken.kt': {test: language('kotlin'), runs: "java('example.RtcToken')"},
  'examples/kotlin/src/main/kotlin/example/Variants.kt': {test: language('kotlin'), runs: "java('example.Variants')"},
  'examples/kotlin/src/main/kotlin/example/TokenServer.kt': {test: language('kotlin'), runs: "java('example.TokenServer')"},

  'examples/lua/inputs.lua': {
    test: language('lua'),
    runs: 'LUA_PATH: `./?.lua;',
    loadedBy: {sample: 'examples/lua/rtc_token.lua', text: 'require("inputs")'},
  },
  'examples/lua/rtc_token.lua': {test: language('lua'), runs: "lua('rtc_token.lua')"},
  'examples/lua/variants.lua': {test: language('lua'), runs: "lua('variants.lua')"},
  'examples/lua/server.lua': {test: language('lua'), runs: "lua('server.lua')"},

  'examples/node/rtc-token.mjs': {test: language('node'), runs: "'examples/node/rtc-token.mjs'"},
  'examples/node/variants.mjs': {test: language('node'), runs: "'examples/node/variants.mjs'"},
  'examples/node/server.mjs': {test: language('node'), runs: "'examples/node/server.mjs'"},

  'examples/php/rtc_token.php': {test: language('php'), runs: "php('rtc_token.php')"},
  'examples/php/variants.php': {test: language('php'), runs: "php('variants.php')"},
  'examples/php/server.php': {test: language('php'), runs: '-S 127.0.0.1:$PORT server.php'},

  'examples/python/rtc_token.py': {test: language('python'), runs: "py('rtc_token.py')"},
  'examples/python/variants.py': {test: language('python'), runs: "py('variants.py')"},
  'examples/python/server.py': {test: language('python'), runs: "py('server.py')"},

  'examples/ruby/Gemfile': {test: language('ruby'), runs: "BUNDLE_GEMFILE: join(dir, 'Gemfile')"},
  'examples/ruby/rtc_token.rb': {test: language('ruby'), runs: "ruby('rtc_token.rb')"},
  'examples/ruby/variants.rb': {test: language('ruby'), runs: "ruby('variants.rb')"},
  'examples/ruby/server.rb': {test: language('ruby'), runs: "ruby('server.rb')"},

  'examples/rust/Cargo.toml': {test: language('rust'), runs: '"$SAMPLES/Cargo.toml"'},
  'examples/rust/src/lib.rs': {test: language('rust'), runs: "SAMPLES: join(repoRoot, 'examples/rust')"},
  'examples/rust/src/bin/rtc_token.rs': {test: language('rust'), runs: "bin('rtc_token')"},
  'examples/rust/src/bin/variants.rs': {test: language('rust'), runs: "bin('variants')"},
  'examples/rust/src/bin/server.rs': {test: language('rust'), runs: "bin('server')"},

  'examples/token-server/.env.example': {test: webClient, runs: "'examples/token-server/.env.example'"},
  'examples/web-client/check-token-server.sh': {test: webClient, runs: "'examples/web-client/check-token-server.sh'"},
  'examples/web-client/main.ts': {test: webClient, runs: "load('main.ts')"},
  'examples/web-client/try-token.ts': {test: webClient, runs: "('try-token.ts')"},
  'examples/web-client/serve.mjs': {test: callPage, runs: callPageServer},
  'examples/web-client/index.html': {test: callPage, runs: "'index.html'"},
  'examples/web-client/bundled.html': {test: callPage, runs: "'bundled.html'"},
  'examples/web-client/bundled.ts': {
    test: callPage,
    runs: "'bundled.html'",
    loadedBy: {sample: 'examples/web-client/serve.mjs', text: "join(here, 'bundled.ts')"},
  },
  'examples/web-client/page.ts': {
    test: callPage,
    runs: callPageServer,
    loadedBy: {sample: 'examples/web-client/index.html', text: "from './page.js'"},
  },
  'examples/web-client/page.css': {
    test: callPage,
    runs: callPageServer,
    loadedBy: {sample: 'examples/web-client/index.html', text: 'href="page.css"'},
  },
  'examples/web-client/token-session.ts': {test: 'tests/unit/guide/token-session.test.ts', runs: "'../../../examples/web-client/token-session'"},
};
