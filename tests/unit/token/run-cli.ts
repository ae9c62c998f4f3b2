// Runs the token CLI as a separate process, as a reader would: the certificate and App ID
// variables are emptied so the tests see only what they pass.
import {spawn} from 'node:child_process';

export type CliRun = {code: number | null; stdout: string; stderr: string};

const root = new URL('../../../', import.meta.url).pathname;

export function cli(args: string[], options: {stdin?: string; env?: Record<string, string>; npm?: boolean} = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // Through npm, as the README shows it, or straight through tsx (faster).
    const [cmd, pre] = options.npm ? ['npm', ['run', '--silent', 'token', '--']] : [process.execPath, ['--import', 'tsx', 'scripts/token-cli.ts']];
    const env = {...process.env, AGORA_APP_CERTIFICATE: '', AGORA_APP_ID: '', ...options.env};
    const child = spawn(cmd, [...pre, ...args], {cwd: root, env, stdio: ['pipe', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
    child.stdin.end(options.stdin ?? '');
  });
}
