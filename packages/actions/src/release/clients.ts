/** The clients every release step uses, configured the same way for the actions and the CLI. */
import { createGitHubClient, type GitHubClient } from '@powerx/github/octokit.js';
import { createPlatformClient, type PlatformClient } from '@powerx/platform/client.js';
import { ConfigError } from '@powerx/core/errors.js';
import { debug } from '@powerx/github/runner.js';

function isLoopback(url: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Octokit with retries and rate-limit handling. Writes are paced as GitHub asks, except against a loopback API
 * (a local proxy or the GitHub double), which asks for no pacing.
 */
/** Where Octokit's request log goes: the step's debug log in Actions; the CLI passes its own. */
export type RequestLog = (message: string) => void;

export function releaseGitHub(token: string, apiUrl: string, input = 'github-token', write: RequestLog = debug): GitHubClient {
  if (!token) throw ConfigError.single(`${input} is empty: give a token that can read and write this repository`, {}, 'missing-token');
  // Octokit logs every non-2xx answer, the expected 404 of a look-before-create too: keep that out of sight.
  // Failures that matter reach the caller as errors.
  const log = { debug: write, info: write, warn: write, error: write };
  return createGitHubClient({ token, baseUrl: apiUrl, paceWrites: !isLoopback(apiUrl), log });
}

/** The CLI's request log: silent unless POWERX_DEBUG is set, then on stderr. */
export const cliRequestLog: RequestLog = (message) => {
  if (process.env.POWERX_DEBUG) process.stderr.write(`${message}\n`);
};

export function releasePlatform(url: string, token: string, input = 'platform-url'): PlatformClient {
  if (!url) throw ConfigError.single(`${input} is empty: give the PowerX platform API URL`, {}, 'missing-url');
  try {
    return createPlatformClient({ baseUrl: url, ...(token ? { token } : {}) });
  } catch (error) {
    throw ConfigError.single(`${input} ${JSON.stringify(url)} is not a usable URL: ${(error as Error).message}`, {}, 'bad-url');
  }
}

/** Idempotency keys that stay the same when a step is re-run within one run attempt. */
export function stepKey(repository: string, runId: string, attempt: number, ...parts: string[]): string {
  return [repository || 'local', runId || 'local', String(attempt), ...parts].join('/').slice(0, 200);
}
