/**
 * GitHub's published REST description (`@octokit/openapi`, api.github.com, OpenAPI 3.0.3), read and indexed once per
 * process. Schemas are compiled lazily by the checker, per operation, when a request first reaches it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createOpenApiChecker, type OpenApiChecker } from '@powerx/core/openapi/check.js';

export interface GitHubDescription {
  document: object;
  checker: OpenApiChecker;
  path: string;
  /** Time spent reading, parsing and indexing, in milliseconds. */
  loadMs: number;
}

const cache = new Map<string, GitHubDescription>();

export function githubDescriptionPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('@octokit/openapi/generated/api.github.com.json');
  } catch {
    throw new Error("GitHub's OpenAPI description was not found: the GitHub double needs the npm package @octokit/openapi (a devDependency)");
  }
}

export function loadGitHubDescription(path: string = githubDescriptionPath()): GitHubDescription {
  const cached = cache.get(path);
  if (cached) return cached;
  const started = performance.now();
  const document = JSON.parse(readFileSync(path, 'utf8')) as object;
  const checker = createOpenApiChecker(document);
  const loaded: GitHubDescription = { document, checker, path, loadMs: performance.now() - started };
  cache.set(path, loaded);
  return loaded;
}
