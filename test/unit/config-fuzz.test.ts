import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkConfig } from '@powerx/core/config/load.js';
import { configValidator } from '@powerx/core/config/all.js';
import { CONFIG_KINDS } from '@powerx/core/config/suite.js';
import { repoRoot } from '../support/harness.js';
import { createRandom } from '@powerx/core/random.js';

const MUTATIONS_PER_FILE = 5000;


const NOISE = [':', '-', ' ', '\n', '{', '}', '[', ']', '"', "'", '&a', '*a', '!!', '#', '%', '@', '|', '>', '\t', '?', ',', '0', 'x', '__proto__: 1\n', '<<: *a\n', '\\u0000'];
const VALUES: unknown[] = [null, true, false, 0, -1, 1e308, 101, 0.5, '', 'x', '*', '>=1.0.0 <', 'not-a-date', [], {}, { __proto__: 1 }, ['a'], 'CVSS:3.1/AV:N'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function mutateStructure(text: string, random: () => number): string {
  const doc = parse(text) as unknown;
  const all = paths(doc).filter((p) => p.length > 0);
  if (all.length === 0) return text;
  const path = pick(random, all);
  let parent = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const choice = random();
  if (choice < 0.4) parent[last] = structuredClone(pick(random, VALUES));
  else if (choice < 0.6) delete parent[last];
  else if (choice < 0.8 && parent && typeof parent === 'object' && !Array.isArray(parent)) parent[`unknown${Math.floor(random() * 9)}`] = 1;
  else parent[last] = String(parent[last]);
  return stringify(doc);
}

function mutateText(text: string, random: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(random() * text.length);
  switch (Math.floor(random() * 7)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
    case 1:
      return text.slice(0, at) + pick(random, NOISE) + text.slice(at);
    case 2: {
      const i = Math.floor(random() * lines.length);
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 3: {
      const i = Math.floor(random() * lines.length);
      const j = Math.floor(random() * lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 4: {
      const i = Math.floor(random() * lines.length);
      lines[i] = random() < 0.5 ? `  ${lines[i]}` : lines[i]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
    case 5:
      return text.slice(0, at);
    default:
      return text.replace(/: ([^\n#]+)/, () => `: ${JSON.stringify(pick(random, VALUES))}`);
  }
}

describe('configuration fuzzing: every mutation ends valid or with located errors', () => {
  it.each(CONFIG_KINDS.map((k) => [k.name, k.defaultPath === 'powerx-plugin.yaml' ? 'examples/powerx-plugin.yaml' : k.defaultPath]))(
    '%s (%s)',
    async (name, path) => {
      const original = readFileSync(join(repoRoot, path), 'utf8');
      const kind = CONFIG_KINDS.find((k) => k.name === name)!;
      const validate = await configValidator(kind);
      expect(checkConfig(original, path, validate).ok).toBe(true);
      let invalid = 0;
      for (let seed = 1; seed <= MUTATIONS_PER_FILE; seed++) {
        const random = createRandom(seed * 7919 + name.length).next;
        const mutated = random() < 0.5 ? mutateText(original, random) : mutateStructure(original, random);
        let result;
        try {
          result = checkConfig(mutated, path, validate);
        } catch (error) {
          throw new Error(`seed ${seed} threw ${(error as Error).stack}\n--- input ---\n${mutated}`, { cause: error });
        }
        if (result.ok) continue;
        invalid++;
        for (const issue of result.issues) {
          const located = issue.file === path && Number.isInteger(issue.line) && issue.line! >= 1 && Number.isInteger(issue.column) && issue.column! >= 1 && issue.message.length > 0;
          if (!located) throw new Error(`seed ${seed}: unlocated issue ${JSON.stringify(issue)}\n--- input ---\n${mutated}`);
        }
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
      // The mutations must actually break files, or the test proves nothing.
      expect(invalid).toBeGreaterThan(MUTATIONS_PER_FILE * 0.3);
    },
  );
});

describe('precompiled validators', () => {
  it('match config/schemas (run `npx node scripts/compile-schemas.mjs` after changing a schema)', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'compile-schemas.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
