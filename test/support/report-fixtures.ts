/** The CI-report fixtures kept beside the repository (`../shared/fixtures/reports`, see its SOURCES.md). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { repoRoot } from './harness.js';

export const reportFixtures = resolve(process.env.POWERX_REPORT_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures', 'reports'));

export function fixturePath(name: string): string {
  return join(reportFixtures, name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Every fixture file, relative to the fixtures folder, except the folder's own notes. */
export function listFixtures(dir = reportFixtures): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFixtures(path));
    else if (!/\.md$/i.test(name)) out.push(relative(reportFixtures, path).split('\\').join('/'));
  }
  return out;
}
