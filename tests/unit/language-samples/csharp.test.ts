// C# samples (examples/csharp) compile with Mono's mcs together with the sources of
// tests/agora-builder-doubles/csharp/src/AgoraIO, our implementation of Agora's
// csharp/src/AgoraIO project (not on NuGet), and run under mono. Like Agora's project, the double gets zlib from SharpZipLib
// (namespace ICSharpCode.SharpZipLib): the tests reference Debian's build of it
// (libmono-sharpzip4.84-cil), since NuGet is out of reach of mcs. Agora's project also needs
// Crc32.NET, for its legacy 006 builder only; the double has no 006 builder.
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {findToolchain, repoRoot, runOk, type Toolchain} from '../../support/sample-harness';
import {languageOf, walkFiles} from '../../support/sample-files.mjs';

const packages = 'mono-mcs mono-runtime libmono-sharpzip4.84-cil';
const sharpZipLib = '/usr/lib/mono/4.5/ICSharpCode.SharpZipLib.dll';

function toolchain(): Toolchain {
  const found = findToolchain(['mcs', 'mono'], ['mcs', '--version'], packages);
  if (!found.ok) return found;
  try {
    statSync(sharpZipLib);
  } catch {
    return {ok: false, reason: `SharpZipLib is not installed (Debian: apt-get install -y ${packages})`};
  }
  return found;
}

const csFiles = (dir: string) => walkFiles(dir).filter((f) => languageOf(f) === 'csharp');

languageSuite({
  name: 'C#',
  library: 'compatible test implementation tests/agora-builder-doubles/csharp/src/AgoraIO',
  toolchain,
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-csharp-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    const sources = [
      ...csFiles(`${repoRoot}/examples/csharp`),
      ...csFiles(`${repoRoot}/tests/agora-builder-doubles/csharp/src/AgoraIO`),
    ];
    const exe = (main: string) => {
      runOk('mcs', ['-nologo', '-langversion:latest', `-r:${sharpZipLib}`, `-main:${main}`, `-out:${dir}/${main}.exe`, ...sources]);
      return {cmd: 'mono', args: [`${dir}/${main}.exe`]};
    };
    return {rtc: exe('RtcToken'), variants: exe('Variants'), server: exe('TokenServer')};
  },
});
