// Each compatible implementation under tests/agora-builder-doubles/<language>/ mirrors the
// surface of Agora's official files, as written down in its official-surface.json (read from
// DynamicKey/AgoraDynamicKey/<language> of AgoraIO/Tools at the commit named there): the same
// files, the same imports or requires (so a missing third-party module fails the samples here as
// it fails them with Agora's files), and the same build-file dependencies with the same versions.
// Agora's files themselves are not in the repository; the description is our record of them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {repoRoot} from '../../support/sample-harness';
import {languageOf, walkFiles} from '../../support/sample-files.mjs';
import {dependenciesOf, importsOf, sorted, type OfficialSurface} from '../../support/official-surface';

const descriptions = readdirSync(join(repoRoot, 'tests/agora-builder-doubles'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, 'tests/agora-builder-doubles', entry.name, 'official-surface.json')))
  .map((entry) => entry.name);

test('the extractors read what they are meant to read', () => {
  assert.deepEqual(importsOf('go', 'import (\n\t"bytes"\n\tx "example.com/a/b"\n)\n'), ['bytes', 'example.com/a/b']);
  assert.deepEqual(importsOf('python', 'import time, hmac\nfrom .Packer import *\n'), ['time', 'hmac', '.Packer']);
  assert.deepEqual(importsOf('lua', 'local b = require("base64")\nlocal z = require "zlib"\n'), ['base64', 'zlib']);
  assert.deepEqual(importsOf('rust', 'use hmac::{Hmac, Mac};\nuse crate::utils;\nuse std::io;\n'), ['hmac', 'std']);
  assert.deepEqual(importsOf('csharp', '\uFEFFusing System.IO;\nusing ICSharpCode.SharpZipLib.Zip.Compression.Streams;\n'), ['System.IO', 'ICSharpCode.SharpZipLib.Zip.Compression.Streams']);
  assert.deepEqual(dependenciesOf('cargo', '[package]\nname = "x"\n[dependencies]\nmd5 = "0.7.0"\nrand = { version = "0.8.5" }\n[dev-dependencies]\nz = "1"\n'), {md5: '0.7.0', rand: '0.8.5'});
  assert.deepEqual(dependenciesOf('rockspec', 'dependencies = {\n "base64",\n "lua >= 5.3"\n}\n'), {base64: '', lua: '>= 5.3'});
  assert.deepEqual(dependenciesOf('csproj', '<TargetFramework>net8.0</TargetFramework><PackageReference Include="SharpZipLib" Version="1.4.2" />'), {SharpZipLib: '1.4.2', TargetFramework: 'net8.0'});
});

test('every compatible implementation has a description of the official surface', () => {
  const doubles = readdirSync(join(repoRoot, 'tests/agora-builder-doubles'), {withFileTypes: true}).filter((e) => e.isDirectory()).map((e) => e.name);
  assert.deepEqual(sorted(descriptions), sorted(doubles));
});

for (const language of descriptions) {
  const surface: OfficialSurface = JSON.parse(readFileSync(join(repoRoot, 'tests/agora-builder-doubles', language, 'official-surface.json'), 'utf8'));

  test(`${surface.language}: the description names the AgoraIO/Tools commit it was read at`, () => {
    assert.equal(surface.official.repository, 'AgoraIO/Tools');
    assert.match(surface.official.commit, /^[0-9a-f]{40}$/);
    assert.match(surface.official.folder, /^DynamicKey\/AgoraDynamicKey\//);
  });

  test(`${surface.language}: the double has the official files, and each imports what Agora's file imports`, () => {
    const root = join(repoRoot, surface.double);
    for (const [file, official] of Object.entries(surface.files)) {
      const path = join(root, file);
      assert.ok(existsSync(path), `${surface.double}/${file} (standing for Agora's ${official.official}) is missing`);
      const expected = sorted(official.imports.filter((name) => !(official.notMirrored && name in official.notMirrored)));
      assert.deepEqual(sorted(importsOf(surface.syntax, readFileSync(path, 'utf8'))), expected,
        `${surface.double}/${file} must import exactly what Agora's ${official.official} imports`);
    }
    // No extra source files beside the mirrored ones (build files and this description aside).
    const isSource = (f: string) => languageOf(f) === surface.syntax;
    const sources = walkFiles(root).map((f) => relative(root, f)).filter((f) => isSource(f) && !(surface.standIns && f in surface.standIns));
    assert.deepEqual(sorted(sources), sorted(Object.keys(surface.files).filter(isSource)),
      'every source file of the double stands for an official file');
  });

  for (const build of surface.buildFiles ?? []) {
    test(`${surface.language}: ${build.path} declares Agora's ${build.official} dependencies and versions`, () => {
      const text = readFileSync(join(repoRoot, build.path), 'utf8');
      const found = dependenciesOf(build.kind, text);
      for (const [name, version] of Object.entries(build.dependencies)) {
        assert.ok(name in found, `${build.path} does not declare ${name} (Agora's ${build.official} does)`);
        assert.equal(found[name], version, `${build.path}: ${name} must be ${JSON.stringify(version)} as in Agora's ${build.official}`);
      }
      if (!build.mayDeclareMore) assert.deepEqual(sorted(Object.keys(found)), sorted(Object.keys(build.dependencies)), `${build.path} declares exactly what Agora's ${build.official} declares`);
    });
  }
}
