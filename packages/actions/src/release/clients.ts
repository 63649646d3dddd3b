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
export function releaseGitHub(token: string, apiUrl: string, input = 'github-token'): GitHubClient {
  if (!token) throw ConfigError.single(`${input} is empty: give a token that can read and write this repository`, {}, 'missing-token');
  // Octokit logs every non-2xx answer, the expected 404 of a look-before-create too: keep that in the debug log.
  // Failures that matter reach the caller as errors.
  const log = { debug: (m: string) => debug(m), info: (m: string) => debug(m), warn: (m: string) => debug(m), error: (m: string) => debug(m) };
  return createGitHubClient({ token, baseUrl: apiUrl, paceWrites: !isLoopback(apiUrl), log });
}

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
