// C# samples (examples/csharp) compile with Mono's mcs together with
// tests/languages/csharp/AgoraIOTestDouble.cs, our implementation of the entry points of Agora's
// csharp/src/AgoraIO project (it is not on NuGet), and run under mono.
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../languages/suite';
import {findToolchain, repoRoot, runOk} from '../../languages/harness';

languageSuite({
  name: 'C#',
  library: 'compatible test implementation of csharp/src/AgoraIO',
  toolchain: () => findToolchain(['mcs', 'mono'], ['mcs', '--version'], 'mono-mcs mono-runtime'),
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-csharp-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    const sources = [
      ...readdirSync(`${repoRoot}/examples/csharp`).filter((f) => f.endsWith('.cs')).map((f) => `${repoRoot}/examples/csharp/${f}`),
      `${repoRoot}/tests/languages/csharp/AgoraIOTestDouble.cs`,
    ];
    const exe = (main: string) => {
      runOk('mcs', ['-nologo', '-langversion:latest', `-main:${main}`, `-out:${dir}/${main}.exe`, ...sources]);
      return {cmd: 'mono', args: [`${dir}/${main}.exe`]};
    };
    return {rtc: exe('RtcToken'), variants: exe('Variants'), server: exe('TokenServer')};
  },
});
