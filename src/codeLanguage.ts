// The highlighting language of a sample file, from its extension: one table for the build-time
// code fences (src/remark/sample-files.ts) and the SampleCode component. Names are the
// highlighter's (Prism's); anything else shows as plain text.
const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  ts: 'ts', tsx: 'tsx', js: 'js', mjs: 'js', cjs: 'js', py: 'python', go: 'go', java: 'java', kt: 'kotlin',
  php: 'php', cpp: 'cpp', cc: 'cpp', h: 'cpp', hpp: 'cpp', cs: 'csharp', rb: 'ruby', rs: 'rust', sh: 'bash',
  json: 'json', lua: 'lua', toml: 'toml', ini: 'ini', html: 'html', css: 'css', yml: 'yaml', yaml: 'yaml',
};

export function codeLanguageOf(file: string | undefined): string {
  const ext = file?.split('.').pop()?.toLowerCase() ?? '';
  return LANGUAGE_BY_EXTENSION[ext] ?? 'text';
}
