import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { repoRoot } from '../support/harness.js';

function yamlFiles(dir: string): string[] {
  const abs = join(repoRoot, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

async function workflowErrors(file: string): Promise<string[]> {
  const content = readFileSync(join(repoRoot, file), 'utf8');
  const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (errors.length === 0 && result.value) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    errors.push(...(template.errors ?? []).map((e: { Message: string }) => e.Message));
  }
  return errors;
}

const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('action-templates')];

describe('workflows and starter templates parse with GitHub’s own parser', () => {
  it('finds the workflows', () => {
    expect(workflows).toContain('.github/workflows/ci.yml');
  });

  it.each(workflows)('%s', async (file) => {
    expect(await workflowErrors(file)).toEqual([]);
  });

  it('reports a broken workflow (the check can fail)', async () => {
    const content = 'on: push\njobs:\n  first:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n  a:\n    runs-on: ubuntu-latest\n    needs: [nope]\n    steps:\n      - run: echo\n';
    const result = parseWorkflow({ name: 'broken.yml', content }, new NoOperationTraceWriter());
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect((template.errors ?? []).map((e: { Message: string }) => e.Message).join('\n')).toMatch(/nope/);
  });

  it.each(workflows)('%s passes inputs to scripts through env, never ${{ }} inside run', (file) => {
    const doc = parse(readFileSync(join(repoRoot, file), 'utf8')) as { jobs?: Record<string, { steps?: { run?: string }[] }> };
    for (const job of Object.values(doc.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
      }
    }
  });

  it.each(workflows)('%s declares permissions and pins third-party actions by commit SHA', (file) => {
    const doc = parse(readFileSync(join(repoRoot, file), 'utf8')) as {
      permissions?: unknown;
      jobs?: Record<string, { permissions?: unknown; uses?: string; steps?: { uses?: string }[] }>;
    };
    for (const [name, job] of Object.entries(doc.jobs ?? {})) {
      expect(job.permissions ?? doc.permissions, `${file} job ${name} permissions`).toBeDefined();
      for (const step of job.steps ?? []) {
        if (!step.uses || step.uses.startsWith('./')) continue;
        expect(step.uses, `${file} job ${name}`).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });
});

interface ActionYaml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string; post?: string; pre?: string };
}

const actions = readdirSync(join(repoRoot, 'actions')).filter((d) => existsSync(join(repoRoot, 'actions', d, 'action.yml')));

describe('action metadata', () => {
  it('finds the actions', () => {
    expect(actions).toContain('validate-config');
  });

  it.each(actions)('%s is complete and its scripts exist', (name) => {
    const file = join(repoRoot, 'actions', name, 'action.yml');
    const content = readFileSync(file, 'utf8');
    const meta = parse(content) as ActionYaml;
    expect(meta.name).toBeTruthy();
    expect(meta.description).toBeTruthy();
    expect(['node24', 'composite']).toContain(meta.runs?.using);
    for (const [input, spec] of Object.entries(meta.inputs ?? {})) expect(spec.description, `input ${input}`).toBeTruthy();
    for (const [output, spec] of Object.entries(meta.outputs ?? {})) expect(spec.description, `output ${output}`).toBeTruthy();
    if (meta.runs?.using === 'node24') {
      for (const script of [meta.runs.main, meta.runs.pre, meta.runs.post]) {
        if (script) expect(existsSync(resolve(dirname(file), script)), script).toBe(true);
      }
      expect(meta.runs.main).toBe(`../../dist/${name}/index.js`);
    }
    const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter());
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    // The parser's schema predates node24; every other complaint is real.
    expect(errors.filter((m) => !/node24/.test(m))).toEqual([]);
  });
});
