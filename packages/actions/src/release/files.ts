/** Reading the files a release step is handed, with errors that name the input and the file. */
import { readFile } from 'node:fs/promises';
import { ConfigError } from '@powerx/core/errors.js';

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
