// Runs benchmark workloads: `npm run bench -- <name> [<name>...]` runs bench/<name>.bench.ts
// (each exports `run(args)` returning its figures) and writes bench/results/<name>.json.
import { spawnSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const available = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
const [name, ...rest] = process.argv.slice(2);
const names = name ? [name] : available;
if (names.some((n) => !available.includes(n))) {
  console.error(`unknown benchmark; available: ${available.join(', ')}`);
  process.exit(2);
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
for (const n of names) {
  // Each workload runs in its own process so peak memory and JIT state are its own.
  const result = spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--expose-gc', '--import', join(root, 'scripts', 'ts-hooks.mjs'), join(root, 'scripts', 'bench-one.mjs'), n, ...rest],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
