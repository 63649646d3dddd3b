/** Reading the files a release step is handed, with errors that name the input and the file. */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';

/** @deprecated Unused: the actions take `insideWorkspace` from `shared/files.ts`. Delete with the next rebuild of dist/cli (it reaches this module). */
export function insideWorkspace(input: string, value: string, workspace: string): string {
  const path = resolve(workspace, value);
  const rel = relative(workspace, path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw ConfigError.single(`${input} must stay inside the workspace (got ${value})`, {}, 'bad-input');
  return path;
}

export async function readInputFile(input: string, path: string, display: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw ConfigError.single(`${input}: ${display} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`}`, { file: display }, 'missing-file');
  }
}

/** The file's bytes, or undefined when it does not exist. */
export async function readOptionalBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The file's text, or undefined when it does not exist. */
export async function readOptional(path: string): Promise<string | undefined> {
  return (await readOptionalBytes(path))?.toString('utf8');
}
