// Lua samples (examples/lua) run on Lua 5.4 against tests/agora-builder-doubles/lua/agora_token, our
// implementation of the agora_token.* modules of Agora's lua folder (not published as a rock),
// which requires what Agora's agora_token.utils requires: base64, openssl.hmac (luaossl), md5 and
// zlib (lua-zlib). Debian packages luaossl, lua-zlib and LuaSocket for Lua 5.4 but not the base64
// and md5 rocks, so tests/agora-builder-doubles/lua/rocks holds stand-ins for those two, last on LUA_PATH (an
// installed rock wins). With AGORA_DYNAMIC_KEY set, Agora's lua/src is placed as the page says
// (a folder named agora_token) instead.
import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain, repoRoot, run, type Toolchain} from '../../support/sample-harness';

const packages = 'lua5.4 lua-luaossl lua-zlib lua-socket';
const modules = ['openssl.hmac', 'openssl.digest', 'zlib', 'socket'];
const modulesBuilder = builder('tests/agora-builder-doubles/lua/agora_token', 'lua/src');

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

/** A folder holding `agora_token`, the modules folder under the name the samples require. */
function modulesParent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'agora-lua-modules-'));
  process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
  symlinkSync(modulesBuilder.path, join(dir, 'agora_token'));
  return dir;
}

languageSuite({
  name: 'Lua',
  library: modulesBuilder.label,
  toolchain,
  build: () => {
    // The samples' folder first (for inputs.lua), then agora_token's parent, then Lua's default
    // path (;;), then the stand-ins for the base64 and md5 rocks.
    const env = {LUA_PATH: `./?.lua;${modulesParent()}/?.lua;;${repoRoot}/tests/agora-builder-doubles/lua/rocks/?.lua`};
    const lua = (file: string) => ({cmd: 'lua5.4', args: [file], cwd: 'examples/lua', env});
    return {rtc: lua('rtc_token.lua'), variants: lua('variants.lua'), server: lua('server.lua')};
  },
});
