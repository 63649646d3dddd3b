import { glob, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

const hasMagic = (pattern: string) => /[*?[{]/.test(pattern);

/**
 * Files matching glob patterns relative to `cwd`; a leading `!` excludes. Returns paths relative to `cwd`
 * with `/` separators, sorted and unique. A pattern without wildcards names one file, kept when it exists.
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = new Set<string>();
  for (const pattern of include) {
    if (!hasMagic(pattern)) {
      const path = resolve(cwd, pattern);
      if (await isFile(path)) found.add(toRelative(path, cwd));
      continue;
    }
    for await (const match of glob(pattern, { cwd, exclude })) {
      const path = resolve(cwd, match);
      if (await isFile(path)) found.add(toRelative(path, cwd));
    }
  }
  return [...found].sort();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function toRelative(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel).split('\\').join('/');
}

/** The files named without wildcards, relative to `cwd` as `findFiles` returns them: the caller asked for exactly these. */
export function namedFiles(patterns: readonly string[], cwd: string): Set<string> {
  return new Set(patterns.filter((p) => !p.startsWith('!') && !hasMagic(p)).map((p) => toRelative(resolve(cwd, p), cwd)));
}

/** A path from a report, made comparable across reports: `/` separators, relative to the workspace when inside it. */
export function workspacePath(path: string, workspace: string): string {
  const clean = path.replace(/\\/g, '/');
  if (isAbsolute(clean) || /^[A-Za-z]:\//.test(clean)) {
    const rel = relative(workspace, clean).replace(/\\/g, '/');
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : clean;
  }
  return clean.replace(/^\.\//, '');
}
