// Kotlin samples (examples/kotlin) build with Maven and the kotlin-maven-plugin from Maven Central
// against tests/agora-builder-doubles/kotlin/io/agora/media, our implementation of the classes of Agora's
// Kotlin folder (not published to a registry). The samples and pom.xml are copied to a temporary
// folder and the test double goes where readers copy Agora's files (src/main/kotlin/io/agora/media),
// so the committed pom.xml is built unchanged.
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {languageSuite} from '../../support/sample-suite';
import {builder, findToolchain, repoRoot, runOk, type Toolchain} from '../../support/sample-harness';

// With AGORA_DYNAMIC_KEY set, Agora's own io/agora/media folder is copied there instead.
const sources = builder('tests/agora-builder-doubles/kotlin/io', 'kotlin/src/main/kotlin/io');

// The Kotlin compiler comes from Maven Central at the version the pom pins; name it in the report.
function toolchain(): Toolchain {
  const found = findToolchain(['java', 'mvn'], ['java', '-version'], 'default-jdk-headless maven');
  if (!found.ok) return found;
  const kotlin = /<kotlin.version>([^<]+)</.exec(readFileSync(join(repoRoot, 'examples/kotlin/pom.xml'), 'utf8'))?.[1];
  return {ok: true, version: `Kotlin ${kotlin} via kotlin-maven-plugin on ${found.version}`};
}

languageSuite({
  name: 'Kotlin',
  library: sources.label,
  toolchain,
  build: () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-kotlin-samples-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    cpSync(join(repoRoot, 'examples/kotlin/pom.xml'), join(dir, 'pom.xml'));
    cpSync(join(repoRoot, 'examples/kotlin/src'), join(dir, 'src'), {recursive: true});
    cpSync(sources.path, join(dir, 'src/main/kotlin/io'), {recursive: true});
    // One Maven run compiles and writes the runtime classpath (kotlin-stdlib); each sample then
    // starts as a plain `java` process.
    runOk('mvn', ['-q', '-B', 'compile', 'dependency:build-classpath', '-Dmdep.outputFile=target/classpath.txt'], {
      cwd: dir,
      timeoutMs: 600_000,
    });
    const cp = `${dir}/target/classes:${readFileSync(`${dir}/target/classpath.txt`, 'utf8').trim()}`;
    const java = (main: string) => ({cmd: 'java', args: ['-cp', cp, main]});
    return {rtc: java('example.RtcToken'), variants: java('example.Variants'), server: java('example.TokenServer')};
  },
});
