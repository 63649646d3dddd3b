/**
 * Runs `npm audit --json` on the runner: bounded time, one retry when npm reports a network failure, and
 * the output returned as npm wrote it (npm exits 1 when it finds vulnerabilities; that is not a failure here).
 */
import { spawn } from 'node:child_process';

export interface NpmAuditOptions {
  /** The npm executable; tests point PATH at a stand-in. */
  npm?: string;
  /** Extra arguments, e.g. `--omit=dev`. */
  args?: readonly string[];
  timeoutMs?: number;
  /** Attempts when npm reports a network error (ETIMEDOUT, ECONNRESET, EAI_AGAIN, ENOTFOUND, 5xx). */
  attempts?: number;
  retryDelayMs?: number;
}

const NETWORK = /"code"\s*:\s*"(ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|ENOTFOUND|E5\d\d)"/;
const MAX_OUTPUT = 64 * 1024 * 1024;

function once(cwd: string, options: NpmAuditOptions): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const npm = options.npm ?? 'npm';
  const timeout = options.timeoutMs ?? 300_000;
  return new Promise((resolve, reject) => {
    const child = spawn(npm, ['audit', '--json', ...(options.args ?? [])], { cwd, env: process.env, shell: process.platform === 'win32', stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let size = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm audit did not finish within ${Math.round(timeout / 1000)} s`));
    }, timeout);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      size += chunk.length;
      if (size <= MAX_OUTPUT) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4096);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${npm} audit: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (size > MAX_OUTPUT) reject(new Error('npm audit wrote more than 64 MB'));
      else resolve({ code, stdout, stderr });
    });
  });
}

/** A runner for the security gate's `npmAudit.run`. */
export function npmAuditRunner(options: NpmAuditOptions = {}): (cwd: string) => Promise<string> {
  const attempts = Math.max(1, options.attempts ?? 2);
  return async (cwd) => {
    for (let attempt = 1; ; attempt++) {
      const { code, stdout, stderr } = await once(cwd, options);
      const looksJson = stdout.trimStart().startsWith('{');
      if (looksJson && NETWORK.test(stdout) && attempt < attempts) {
        await new Promise((r) => setTimeout(r, (options.retryDelayMs ?? 2000) * attempt));
        continue;
      }
      if (looksJson) return stdout;
      throw new Error(`npm audit exited with code ${code} without JSON output${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`);
    }
  };
}
