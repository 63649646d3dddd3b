/** Where a step's files are: inside the workspace, or under the runner's temp directory; JSON reports written there. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { runContext, type RunContext } from '@powerx/github/runner.js';

/** `${RUNNER_TEMP}/<name>`, or the workspace outside a runner. */
export function tempPath(name: string, run?: RunContext): string {
  return join(process.env.RUNNER_TEMP ?? (run ?? runContext()).workspace, name);
}

/** The absolute path of an input's value, which must not leave the workspace. */
export function insideWorkspace(input: string, value: string, workspace: string): string {
  const path = resolve(workspace, value);
  const rel = relative(workspace, path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw ConfigError.single(`Input "${input}" must stay inside the workspace (got ${value})`, {}, 'bad-input');
  return path;
}

/** Writes a file, creating its directory. */
export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Writes pretty JSON with a final newline (reports), creating the directory. */
export function writeJson(path: string, value: unknown): Promise<void> {
  return writeText(path, `${JSON.stringify(value, null, 2)}\n`);
}
