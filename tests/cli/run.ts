import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));

/** Runs a project script through tsx, as `npm run` does, and returns what it printed. */
export function run(script: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}/scripts/${script}.ts`, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
