import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from '../errors.js';
import { subjectOf } from '../publish/checks.js';

export interface GateSubject {
  subject: string;
  plugin?: string;
  version?: string;
}

/**
 * What the gate is about: `<plugin>@<version>` from explicit values, else from the plugin manifest's `id` and
 * `version` (the manifest itself is validated by the submit stage), else `fallback` (for example the commit).
 */
export async function resolveSubject(options: { plugin?: string; version?: string; manifest?: string; cwd: string; fallback: string }): Promise<GateSubject> {
  let plugin = options.plugin?.trim() || undefined;
  let version = options.version?.trim() || undefined;
  if ((!plugin || !version) && options.manifest) {
    const path = resolve(options.cwd, options.manifest);
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      let manifest: unknown;
      try {
        manifest = parse(text);
      } catch (error) {
        throw ConfigError.single(`cannot read the plugin manifest: ${(error as Error).message.split('\n')[0]}`, { file: options.manifest }, 'manifest');
      }
      if (manifest && typeof manifest === 'object') {
        const m = manifest as Record<string, unknown>;
        if (!plugin && typeof m.id === 'string') plugin = m.id;
        if (!version && (typeof m.version === 'string' || typeof m.version === 'number')) version = String(m.version);
      }
    }
  }
  if (plugin && version) return { subject: subjectOf(plugin, version), plugin, version };
  return { subject: options.fallback, ...(plugin ? { plugin } : {}), ...(version ? { version } : {}) };
}
