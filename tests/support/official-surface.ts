// Reading a description of Agora's official files (tests/agora-builder-doubles/<language>/official-surface.json)
// and the same facts from source and build files: which modules a file imports, which
// dependencies a build file declares. Used by tests/unit/language-samples/official-surface.test.ts.
export type Syntax = 'go' | 'python' | 'php' | 'ruby' | 'cpp' | 'csharp' | 'kotlin' | 'rust' | 'lua';
export type BuildKind = 'cargo' | 'csproj' | 'rockspec' | 'gomod' | 'gemspec' | 'gemfile' | 'gradle' | 'cmake';

export type OfficialSurface = {
  language: string;
  official: {repository: 'AgoraIO/Tools'; commit: string; folder: string};
  /** Folder of the double, relative to the repository root. */
  double: string;
  syntax: Syntax;
  /** Double file (relative to `double`) -> the official file it stands for and that file's imports. */
  files: Record<string, {official: string; imports: string[]; notMirrored?: Record<string, string>}>;
  /** Files of the double that stand in for third-party modules the reader installs (not Agora's
   * files), with the package each stands in for. */
  standIns?: Record<string, string>;
  buildFiles?: Array<{
    /** Relative to the repository root (a double's build file, or a sample's build file). */
    path: string;
    official: string;
    kind: BuildKind;
    dependencies: Record<string, string>;
    /** A sample's build file may declare more (the samples' own dependencies); a double's may not. */
    mayDeclareMore?: boolean;
  }>;
};

const strings = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]);

/** The modules a source file imports, written as the official file writes them. */
export function importsOf(syntax: Syntax, source: string): string[] {
  const text = source.replace(/^\uFEFF/, '');
  switch (syntax) {
    case 'go': {
      const blocks = strings(text, /^import\s*\(([\s\S]*?)^\)/gm).join('\n');
      const single = strings(text, /^import\s+(?:\w+\s+)?("[^"]+")/gm).join('\n');
      return strings(`${blocks}\n${single}`, /"([^"]+)"/g);
    }
    case 'python':
      return [
        ...strings(text, /^import\s+([\w., ]+)/gm).flatMap((s) => s.split(',').map((x) => x.trim().split(/\s+/)[0])),
        ...strings(text, /^from\s+(\S+)\s+import/gm),
      ];
    case 'php':
      return strings(text, /^\s*(?:require|require_once|include|include_once)\s*\(?\s*["']([^"']+)["']/gm);
    case 'ruby':
      return [...text.matchAll(/^\s*(require|require_relative)\s*\(?\s*["']([^"']+)["']/gm)].map((m) => `${m[1]} ${m[2]}`);
    case 'cpp':
      return strings(text, /^\s*#\s*include\s*([<"][^>"]+[>"])/gm);
    case 'csharp':
      return strings(text, /^\s*using\s+([\w.]+)\s*;/gm);
    case 'kotlin':
      return strings(text, /^import\s+([\w.*]+)/gm);
    case 'rust':
      return strings(text, /^\s*(?:pub\s+)?use\s+(?:::)?(\w+)/gm).filter((root) => !['crate', 'self', 'super'].includes(root));
    case 'lua':
      return strings(text, /\brequire\s*\(?\s*["']([^"']+)["']/g);
  }
}

/** The dependencies a build file declares: name -> version (or constraint; "" when none). */
export function dependenciesOf(kind: BuildKind, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  switch (kind) {
    case 'cargo': {
      const section = /^\[dependencies\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
      for (const m of section.matchAll(/^([\w-]+)\s*=\s*(?:"([^"]*)"|\{[^}]*?version\s*=\s*"([^"]*)"[^}]*\})/gm)) {
        out[m[1]] = m[2] ?? m[3];
      }
      return out;
    }
    case 'csproj':
      for (const m of text.matchAll(/<PackageReference\s+Include="([^"]+)"\s+Version="([^"]+)"/g)) out[m[1]] = m[2];
      for (const m of text.matchAll(/<(TargetFrameworks?)>([^<]+)</g)) out[m[1]] = m[2];
      return out;
    case 'rockspec': {
      const list = /^dependencies\s*=\s*\{([\s\S]*?)\}/m.exec(text)?.[1] ?? '';
      for (const m of list.matchAll(/["']([^"'\s]+)\s*([^"']*)["']/g)) out[m[1]] = m[2].trim();
      return out;
    }
    case 'gomod': {
      out.module = /^module\s+(\S+)/m.exec(text)?.[1] ?? '';
      out.go = /^go\s+(\S+)/m.exec(text)?.[1] ?? '';
      for (const m of text.matchAll(/^\s*(?:require\s+)?([\w.-]+\.[\w./-]+)\s+(v\S+)/gm)) out[m[1]] = m[2];
      return out;
    }
    case 'gemspec':
      out.name = /\.name\s*=\s*["']([^"']+)["']/.exec(text)?.[1] ?? '';
      out.version = /\.version\s*=\s*["']([^"']+)["']/.exec(text)?.[1] ?? '';
      for (const m of text.matchAll(/add_(?:runtime_)?dependency\s*\(?\s*["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/g)) {
        out[m[1]] = m[2] ?? '';
      }
      return out;
    case 'gemfile':
      for (const m of text.matchAll(/^\s*gem\s+["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/gm)) out[m[1]] = m[2] ?? '';
      return out;
    case 'gradle':
      for (const m of text.matchAll(/(?:implementation|api)\s*\(\s*"([^":]+:[^":]+):([^"]+)"\s*\)/g)) out[m[1]] = m[2];
      return out;
    case 'cmake':
      for (const m of text.matchAll(/find_package\s*\(\s*(\w+)/gi)) out[m[1]] = '';
      return out;
  }
}

export const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

