/** The PowerX platform client every release step uses, configured the same way for the actions and the CLI. */
import { ConfigError } from '@powerx/core/errors.js';
import { createPlatformClient, type PlatformClient } from '@powerx/platform/client.js';

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
