// Lua samples (examples/lua) run on Lua 5.4 against tests/languages/lua/agora_token, our
// implementation of the agora_token.* modules of Agora's lua folder (not published as a rock),
// using luaossl (HMAC-SHA256, random salt), lua-zlib and LuaSocket from Debian.
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot, run, type Toolchain} from '../../languages/harness';

const packages = 'lua5.4 lua-luaossl lua-zlib lua-socket';
const modules = ['openssl.hmac', 'openssl.rand', 'zlib', 'socket'];

function toolchain(): Toolchain {
  const found = findToolchain(['lua5.4'], ['lua5.4', '-v'], packages);
  if (!found.ok) return found;
  for (const name of modules) {
    const r = run('lua5.4', ['-e', `require("${name}")`]);
    if (r.status !== 0) {
      return {ok: false, reason: `the Lua module ${name} is not installed (Debian: apt-get install -y ${packages})`};
    }
  }
  return found;
}

// The samples' folder first (for inputs.lua), then the test double, then Lua's default path (;;).
const env = {LUA_PATH: `./?.lua;${repoRoot}/tests/languages/lua/?.lua;;`};
const lua = (file: string) => ({cmd: 'lua5.4', args: [file], cwd: 'examples/lua', env});

languageSuite({
  name: 'Lua',
  library: 'compatible test implementation of the agora_token modules',
  toolchain,
  build: () => ({rtc: lua('rtc_token.lua'), variants: lua('variants.lua'), server: lua('server.lua')}),
});
