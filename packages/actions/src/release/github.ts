/**
 * The GitHub client every release step uses (Octokit with retries and rate-limit handling), configured the same
 * way for the actions and the CLI. Kept apart from the platform client so a step that never calls GitHub does not
 * load Octokit.
 */
import { ConfigError } from '@powerx/core/errors.js';
import { createGitHubClient, type GitHubClient } from '@powerx/github/octokit.js';
import { debug } from '@powerx/github/runner.js';
import { isLoopback } from '../shared/loopback.js';

/** Where Octokit's request log goes: the step's debug log in Actions; the CLI passes its own. */
export type RequestLog = (message: string) => void;

/** Writes are paced as GitHub asks, except against a loopback API (a local proxy or the GitHub double). */
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
