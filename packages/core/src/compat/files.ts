/**
 * Reads the guard's files from paths the caller names (the action's inputs, the CLI's flags), relative to a
 * working directory. Each file keeps its text so findings can be annotated on its lines. A missing file is
 * bad input, reported with the path as given.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { loadCatalog, loadExceptions, loadManifest, loadMatrix, loadTenant, loadTenantContexts, loadTenants } from './inputs.js';
import type { Catalog, CompatMatrix, ExceptionRecord, PluginManifest, TenantContext } from './types.js';

export interface ReadFile<T> {
  value: T;
  /** Path relative to the working directory (as annotations need it). */
  file: string;
  text: string;
}

async function readText(path: string, cwd: string, what: string): Promise<{ file: string; text: string }> {
  const absolute = resolve(cwd, path);
  const file = relative(cwd, absolute) || path;
  try {
    return { file, text: await readFile(absolute, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw ConfigError.single(`${what} ${path} ${reason}`, { file }, 'missing-file');
  }
}

async function read<T>(path: string, cwd: string, what: string, load: (text: string, file: string) => T): Promise<ReadFile<T>> {
  const { file, text } = await readText(path, cwd, what);
  return { value: load(text, file), file, text };
}

export const readManifestFile = (path: string, cwd: string): Promise<ReadFile<PluginManifest>> => read(path, cwd, 'manifest', loadManifest);
export const readMatrixFile = (path: string, cwd: string): Promise<ReadFile<CompatMatrix>> => read(path, cwd, 'compat matrix', loadMatrix);
export const readCatalogFile = (path: string, cwd: string): Promise<ReadFile<Catalog>> => read(path, cwd, 'catalog', loadCatalog);
export const readTenantFile = (path: string, cwd: string): Promise<ReadFile<TenantContext[]>> => read(path, cwd, 'tenant file', (t, f) => [loadTenant(t, f)]);
export const readTenantsFile = (path: string, cwd: string): Promise<ReadFile<TenantContext[]>> => read(path, cwd, 'tenants file', loadTenants);
/** One tenant or an inventory, whichever the file holds. */
export const readTenantContexts = (path: string, cwd: string): Promise<ReadFile<TenantContext[]>> => read(path, cwd, 'tenants file', loadTenantContexts);

const hasMagic = (pattern: string) => /[*?[{]/.test(pattern);
const EXCEPTION_FILE = /\.(json|ya?ml)$/;

/** Files named by `patterns`: a file, a directory (its .json/.yaml/.yml files) or a glob. */
async function expand(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (hasMagic(pattern)) {
      for await (const match of glob(pattern, { cwd })) files.push(match);
      continue;
    }
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const name of (await readdir(absolute)).sort()) if (EXCEPTION_FILE.test(name)) files.push(join(pattern, name));
    } else {
      files.push(pattern);
    }
  }
  return [...new Set(files)].sort();
}

const DECIDED = { approved: 2, rejected: 2, pending: 1 } as const;

/**
 * One record per exception id. The same exception can come from several files (the request, later its
 * decision): the decided record wins over the pending one, and among decisions the latest.
 */
export function mergeExceptions(records: readonly ExceptionRecord[]): ExceptionRecord[] {
  const byId = new Map<string, ExceptionRecord>();
  for (const record of records) {
    const known = byId.get(record.id);
    if (!known) {
      byId.set(record.id, record);
      continue;
    }
    const rank = (r: ExceptionRecord) => [DECIDED[r.status], Date.parse(r.decidedAt ?? r.requestedAt)] as const;
    const [a, at] = rank(known);
    const [b, bt] = rank(record);
    if (b > a || (b === a && bt > at)) byId.set(record.id, record);
  }
  return [...byId.values()];
}

export async function readExceptionFiles(patterns: readonly string[], cwd: string): Promise<{ records: ExceptionRecord[]; files: string[] }> {
  const files = await expand(patterns, cwd);
  const records: ExceptionRecord[] = [];
  for (const path of files) records.push(...(await read(path, cwd, 'exceptions file', loadExceptions)).value);
  return { records: mergeExceptions(records), files };
}
