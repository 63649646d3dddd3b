import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, totalmem } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const mod = await import(pathToFileURL(join(root, 'bench', `${name}.bench.ts`)).href);
const started = new Date().toISOString();
const figures = await mod.run(args);
const result = {
  benchmark: name,
  started,
  node: process.version,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  ...figures,
};
const out = join(root, 'bench', 'results', `${name}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
console.log(`\nwritten to ${out}`);
process.exit(0);
