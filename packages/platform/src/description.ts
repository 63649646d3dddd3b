import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** `packages/platform/openapi.yaml` (bundlers copy it next to the bundle and rewrite this URL). */
const DESCRIPTION_URL = new URL('../openapi.yaml', import.meta.url);

export const PLATFORM_DESCRIPTION_PATH = fileURLToPath(DESCRIPTION_URL);

let cached: Record<string, unknown> | undefined;

/** The platform's OpenAPI 3.1 description, parsed. Callers must not modify it. */
export function loadPlatformDescription(): Readonly<Record<string, unknown>> {
  cached ??= parse(readFileSync(DESCRIPTION_URL, 'utf8')) as Record<string, unknown>;
  return cached;
}

/**
 * The simulator-only routes (`x-powerx-simulator`) as an OpenAPI document of their own, sharing the platform's
 * components, so the same checker validates them.
 */
export function simulatorAdminDescription(): Record<string, unknown> {
  const doc = loadPlatformDescription();
  const extension = doc['x-powerx-simulator'] as { paths: Record<string, unknown> };
  return { openapi: doc.openapi, info: doc.info, paths: extension.paths, components: doc.components };
}
