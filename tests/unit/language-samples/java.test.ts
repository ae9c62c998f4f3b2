// Java samples (examples/java) run against Agora's official Maven artifact
// io.agora:authentication:2.1.3, resolved from Maven Central into the default ~/.m2 cache.
import {readFileSync} from 'node:fs';
import {languageSuite} from '../../support/sample-suite';
import {findToolchain, runOk} from '../../support/sample-harness';

const dir = 'examples/java';

languageSuite({
  name: 'Java',
  library: 'official Maven io.agora:authentication 2.1.3',
  toolchain: () => findToolchain(['java', 'mvn'], ['java', '-version'], 'default-jdk-headless maven'),
  build: () => {
    // One Maven run compiles the samples and writes the runtime classpath; the samples then start
    // as plain `java` processes, so each run costs a JVM start, not a Maven start.
    runOk('mvn', ['-q', '-B', 'compile', 'dependency:build-classpath', '-Dmdep.outputFile=target/classpath.txt'], {
      cwd: dir,
      timeoutMs: 300_000,
    });
    const cp = `target/classes:${readFileSync(`${dir}/target/classpath.txt`, 'utf8').trim()}`;
    const java = (main: string) => ({cmd: 'java', args: ['-cp', cp, main], cwd: dir});
    return {rtc: java('example.RtcToken'), variants: java('example.Variants'), server: java('example.TokenServer')};
  },
});
