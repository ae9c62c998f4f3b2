// Runs the token CLI as a separate process, as a reader would: the certificate and App ID
// variables are emptied so the tests see only what they pass.
import {runAsync} from '../../support/sample-harness';

export type CliRun = {code: number | null; stdout: string; stderr: string};

export async function cli(args: string[], options: {stdin?: string; env?: Record<string, string>; npm?: boolean} = {}): Promise<CliRun> {
  // Through npm, as the README shows it, or straight through tsx (faster).
  const [cmd, pre] = options.npm ? ['npm', ['run', '--silent', 'token', '--']] : [process.execPath, ['--import', 'tsx', 'scripts/token-cli.ts']];
  const env = {AGORA_APP_CERTIFICATE: '', AGORA_APP_ID: '', ...options.env};
  const {status, stdout, stderr} = await runAsync(cmd, [...pre, ...args], {env, stdin: options.stdin});
  return {code: status, stdout, stderr};
}
