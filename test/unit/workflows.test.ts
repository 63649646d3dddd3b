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

  it.each(workflows)('%s declares permissions', (file) => {
    const doc = parse(readFileSync(join(repoRoot, file), 'utf8')) as WorkflowYaml;
    for (const [name, job] of Object.entries(doc.jobs ?? {})) {
      expect(job.permissions ?? doc.permissions, `${file} job ${name} permissions`).toBeDefined();
    }
  });
});

// `uses:` references. A `./` reference resolves against the checkout of the repository whose run it is, which
// for a reusable workflow (or a composite action) used from a plugin repository is the plugin, not this suite.
// `$/` resolves against the repository of the workflow or action that contains it, at the running commit.
// Starter templates live in plugin repositories and name the suite by repository; third-party code is pinned
// by full commit SHA everywhere.

type Origin =
  | 'reusable' // a workflow of this repository with `on: workflow_call`
  | 'workflow' // any other workflow of this repository (runs only here, so `./` is this repository)
  | 'composite' // a composite action of this repository
  | 'template'; // a starter template, copied into plugin repositories

interface Step { uses?: string }
interface WorkflowYaml {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, { permissions?: unknown; uses?: string; steps?: Step[] }>;
}
interface UseSite { where: string; uses: string; line?: string }

const SUITE = 'powerx/release-suite/';
const SHA = /@[0-9a-f]{40}$/;
const PIN_COMMENT = '# pin to the commit SHA of the suite release you adopt';

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function workflowUses(doc: WorkflowYaml, content: string): UseSite[] {
  const lines = content.split('\n');
  const lineOf = (uses: string) =>
    lines.find((l) => {
      const rest = l.trim().replace(/^- /, '');
      return rest.startsWith(`uses: ${uses}`) && /^(\s|$)/.test(rest.slice(`uses: ${uses}`.length));
    });
  const sites: UseSite[] = [];
  for (const [name, job] of Object.entries(doc.jobs ?? {})) {
    if (job.uses) sites.push({ where: `job ${name}`, uses: job.uses, line: lineOf(job.uses) });
    (job.steps ?? []).forEach((step, i) => {
      if (step.uses) sites.push({ where: `job ${name} step ${i + 1}`, uses: step.uses, line: lineOf(step.uses) });
    });
  }
  return sites;
}

/** What is wrong with one `uses:` value in a file of the given origin, or undefined. */
function refProblem(site: UseSite, origin: Origin): string | undefined {
  const { uses } = site;
  if (uses.startsWith('./') || uses.startsWith('.\\')) {
    if (origin === 'workflow') return existsSync(join(repoRoot, uses)) ? undefined : `${uses} does not exist`;
    return `${uses} resolves against the caller's repository; use $/${uses.slice(2)}`;
  }
  if (uses.startsWith('$/')) {
    if (origin === 'template') return `${uses} would resolve to the plugin repository; use ${SUITE}${uses.slice(2)}@v1`;
    const path = uses.slice(2);
    const target = path.startsWith('.github/workflows/') ? path : join(path, 'action.yml');
    if (!existsSync(join(repoRoot, target))) return `${uses}: ${target} does not exist in this repository`;
    if (path.startsWith('.github/workflows/') && !triggers((parse(readFileSync(join(repoRoot, target), 'utf8')) as WorkflowYaml).on).includes('workflow_call')) {
      return `${uses} is not a reusable workflow (no workflow_call)`;
    }
    return undefined;
  }
  if (uses.startsWith(SUITE)) {
    if (origin !== 'template') return `${uses}: inside the suite, reference our own code as $/${uses.slice(SUITE.length).replace(/@.*$/, '')}`;
    const match = /^powerx\/release-suite\/((?:actions\/[a-z0-9-]+)|(?:\.github\/workflows\/[a-z0-9-]+\.ya?ml))@v1$/.exec(uses);
    if (!match) return `${uses}: reference the suite as ${SUITE}actions/<name>@v1 or ${SUITE}.github/workflows/<file>.yml@v1`;
    const target = match[1]!.startsWith('actions/') ? join(match[1]!, 'action.yml') : match[1]!;
    if (!existsSync(join(repoRoot, target))) return `${uses}: ${target} does not exist in the suite`;
    if (!site.line?.includes(PIN_COMMENT)) return `${uses}: add the comment "${PIN_COMMENT}"`;
    return undefined;
  }
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(uses) ? undefined : `${uses}: pin the image by digest`;
  return SHA.test(uses) ? undefined : `${uses}: pin third-party actions and workflows by full commit SHA`;
}

function workflowProblems(file: string, content: string): string[] {
  const doc = parse(content) as WorkflowYaml;
  const origin: Origin = file.startsWith('action-templates/') ? 'template' : triggers(doc.on).includes('workflow_call') ? 'reusable' : 'workflow';
  return workflowUses(doc, content).flatMap((site) => {
    const problem = refProblem(site, origin);
    return problem ? [`${file} ${site.where}: ${problem}`] : [];
  });
}

function compositeProblems(file: string, content: string): string[] {
  const meta = parse(content) as { runs?: { using?: string; steps?: Step[] } };
  if (meta.runs?.using !== 'composite') return [];
  return (meta.runs.steps ?? []).flatMap((step, i) => {
    const problem = step.uses ? refProblem({ where: `step ${i + 1}`, uses: step.uses }, 'composite') : undefined;
    return problem ? [`${file} step ${i + 1}: ${problem}`] : [];
  });
}

const compositeFiles = readdirSync(join(repoRoot, 'actions'))
  .map((d) => join('actions', d, 'action.yml'))
  .filter((f) => existsSync(join(repoRoot, f)));

describe('action references', () => {
  it('the reusable workflows are recognised as such', () => {
    const reusable = workflows.filter((f) => f.startsWith('.github/') && triggers((parse(readFileSync(join(repoRoot, f), 'utf8')) as WorkflowYaml).on).includes('workflow_call'));
    expect(reusable.sort()).toEqual(['.github/workflows/compat-exception.yml', '.github/workflows/event-redrive.yml', '.github/workflows/event-replay.yml', '.github/workflows/plugin-release.yml']);
  });

  it.each(workflows)('%s: own code by $/ (suite) or powerx/release-suite/...@v1 (template), third-party by SHA', (file) => {
    expect(workflowProblems(file, readFileSync(join(repoRoot, file), 'utf8'))).toEqual([]);
  });

  it.each(compositeFiles)('%s: composite steps reference our actions by $/ and third-party ones by SHA', (file) => {
    expect(compositeProblems(file, readFileSync(join(repoRoot, file), 'utf8'))).toEqual([]);
  });

  it('the reusable workflows reach our actions through $/ (no caller-relative ./ left)', () => {
    const reusable = ['compat-exception', 'event-redrive', 'event-replay', 'plugin-release'].map((n) => `.github/workflows/${n}.yml`);
    for (const file of reusable) {
      const content = readFileSync(join(repoRoot, file), 'utf8');
      const own = workflowUses(parse(content) as WorkflowYaml, content).map((s) => s.uses).filter((u) => !/@/.test(u));
      expect(own.length, file).toBeGreaterThan(0);
      expect(own.every((u) => u.startsWith('$/actions/')), `${file}: ${own.join(', ')}`).toBe(true);
    }
  });

  describe('the checks can fail', () => {
    const reusable = (steps: string, jobUses?: string) =>
      `on:\n  workflow_call:\npermissions: {}\njobs:\n  a:\n${jobUses ? `    uses: ${jobUses}\n` : `    runs-on: ubuntu-latest\n    steps:\n${steps}`}`;

    it('./actions/<name> in a reusable workflow', () => {
      expect(workflowProblems('.github/workflows/bad.yml', reusable('      - uses: ./actions/quality-gate\n'))).toEqual([
        ".github/workflows/bad.yml job a step 1: ./actions/quality-gate resolves against the caller's repository; use $/actions/quality-gate",
      ]);
    });

    it('./.github/workflows/<file> called from a reusable workflow', () => {
      expect(workflowProblems('.github/workflows/bad.yml', reusable('', './.github/workflows/event-replay.yml')).join('\n')).toMatch(/job a: \.\/\.github\/workflows\/event-replay\.yml resolves against the caller's repository; use \$\/\.github\/workflows\/event-replay\.yml/);
    });

    it('./actions/<name> in a composite action', () => {
      const content = 'name: x\ndescription: x\nruns:\n  using: composite\n  steps:\n    - uses: ./actions/emit-event\n';
      expect(compositeProblems('actions/x/action.yml', content).join('\n')).toMatch(/step 1: \.\/actions\/emit-event resolves against the caller's repository; use \$\/actions\/emit-event/);
    });

    it('a $/ reference to something that does not exist, or to a workflow that is not reusable', () => {
      expect(workflowProblems('.github/workflows/bad.yml', reusable('      - uses: $/actions/no-such-action\n')).join('\n')).toMatch(/actions\/no-such-action\/action\.yml does not exist/);
      expect(workflowProblems('.github/workflows/bad.yml', reusable('', '$/.github/workflows/ci.yml')).join('\n')).toMatch(/not a reusable workflow/);
    });

    it('a third-party action by tag, in a workflow, a composite action or a template', () => {
      expect(workflowProblems('.github/workflows/bad.yml', reusable('      - uses: actions/checkout@v7\n')).join('\n')).toMatch(/actions\/checkout@v7: pin third-party/);
      expect(compositeProblems('actions/x/action.yml', 'runs:\n  using: composite\n  steps:\n    - uses: actions/checkout@v7\n').join('\n')).toMatch(/pin third-party/);
      expect(workflowProblems('action-templates/bad.yml', 'on: push\njobs:\n  a:\n    uses: acme/workflows/.github/workflows/x.yml@main\n').join('\n')).toMatch(/x\.yml@main: pin third-party/);
    });

    it('the suite by repository inside the suite, or by $/ in a template', () => {
      expect(workflowProblems('.github/workflows/bad.yml', reusable('      - uses: powerx/release-suite/actions/emit-event@v1\n')).join('\n')).toMatch(/reference our own code as \$\/actions\/emit-event/);
      expect(workflowProblems('action-templates/bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/actions/emit-event\n').join('\n')).toMatch(/would resolve to the plugin repository/);
    });

    it('a template that pins the suite to another ref, names something the suite lacks, or drops the pin comment', () => {
      const template = (ref: string, comment = ` ${PIN_COMMENT}`) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${ref}${comment}\n`;
      expect(workflowProblems('action-templates/ok.yml', template('powerx/release-suite/actions/emit-event@v1'))).toEqual([]);
      expect(workflowProblems('action-templates/bad.yml', template('powerx/release-suite/actions/emit-event@c961cca1987bda904aacd816f6ac7fac840359bc')).join('\n')).toMatch(/reference the suite as/);
      expect(workflowProblems('action-templates/bad.yml', template('powerx/release-suite/actions/nope@v1')).join('\n')).toMatch(/actions\/nope\/action\.yml does not exist in the suite/);
      expect(workflowProblems('action-templates/bad.yml', template('powerx/release-suite/actions/emit-event@v1', ' # v1')).join('\n')).toMatch(/add the comment/);
    });

    it('./ stays allowed in a workflow that only ever runs in this repository', () => {
      expect(workflowProblems('.github/workflows/ok.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./actions/emit-event\n')).toEqual([]);
    });
  });

  it('GitHub’s parser accepts $/ in workflow steps, reusable workflow calls and composite action steps', async () => {
    const steps = 'on:\n  workflow_call:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/actions/emit-event\n  b:\n    uses: $/.github/workflows/event-replay.yml\n';
    const result = parseWorkflow({ name: 'self.yml', content: steps }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    const jobs = template.jobs as { id: { value: string }; steps?: { id: string; uses?: { value: string } }[]; ref?: { value: string } }[];
    expect(jobs.find((j) => j.id.value === 'a')!.steps![0]!.uses!.value).toBe('$/actions/emit-event');
    const composite = parseAction({ name: 'action.yml', content: 'name: x\ndescription: x\nruns:\n  using: composite\n  steps:\n    - uses: $/actions/emit-event\n' }, new NoOperationTraceWriter());
    expect(composite.context.errors.getErrors().map((e) => e.message)).toEqual([]);
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

// Delivery logs: every step that delivers events writes the job's delivery log, and a workflow that runs such a
// step uploads that log under the artifact name prefix `actions/collect-event-logs` downloads, so the scheduled
// re-drive (and the replay) see the events it published; a publishing step continues the earlier attempt's log
// on a re-run, so a subscriber that acknowledged an event is not sent it again.

interface DeliveryStep { uses?: string; if?: string; name?: string; with?: Record<string, unknown> }
interface DeliveryWorkflow { jobs?: Record<string, { steps?: DeliveryStep[] }> }

/** Our actions that deliver events: always (emit-event, replay-events), or when given subscriptions. */
const ALWAYS_DELIVER = ['emit-event', 'replay-events'];
const DELIVER_WITH_SUBSCRIPTIONS = ['compat-check', 'compat-exception', 'release-plan', 'pipeline-blocked'];
const DEFAULT_DELIVERY_LOG = '${{ runner.temp }}/powerx-events/delivery-log.jsonl';
const eventLogPrefix = String((parse(readFileSync(join(repoRoot, 'actions/collect-event-logs/action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs.prefix!.default);

function ownAction(uses: string | undefined): string | undefined {
  return /^(?:\$\/|\.\/|powerx\/release-suite\/)actions\/([a-z0-9-]+)/.exec(uses ?? '')?.[1];
}

function deliveryLogProblems(file: string, content: string): string[] {
  const doc = parse(content) as DeliveryWorkflow;
  const problems: string[] = [];
  for (const [name, job] of Object.entries(doc.jobs ?? {})) {
    const steps = job.steps ?? [];
    steps.forEach((step, i) => {
      const action = ownAction(step.uses);
      if (!action) return;
      const delivers = ALWAYS_DELIVER.includes(action) || (DELIVER_WITH_SUBSCRIPTIONS.includes(action) && Boolean(step.with?.subscriptions));
      if (!delivers) return;
      const where = `${file} job ${name} step ${i + 1} (${action})`;
      const log = String(step.with?.['delivery-log'] ?? DEFAULT_DELIVERY_LOG);
      const upload = steps.slice(i + 1).find((s) => s.uses?.startsWith('actions/upload-artifact@') && String(s.with?.name ?? '').startsWith(eventLogPrefix) && String(s.with?.path ?? '').split('\n').map((p) => p.trim()).includes(log));
      if (!upload) {
        problems.push(`${where}: no later upload-artifact step named ${eventLogPrefix}* uploads ${log}`);
        return;
      }
      if (!String(upload.if ?? '').includes('always()')) problems.push(`${where}: the delivery log upload must run always(), also after a failure`);
      if (action === 'replay-events') return; // reads the collected logs of earlier runs instead
      const dir = log.slice(0, log.lastIndexOf('/'));
      const resumes = steps.slice(0, i).some((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.name === upload.with?.name && s.with?.path === dir);
      if (!resumes) problems.push(`${where}: download the earlier attempt's ${String(upload.with?.name)} into ${dir} before the step, for a re-run`);
    });
  }
  return problems;
}

describe('delivery logs reach the scheduled re-drive', () => {
  it('collect-event-logs downloads artifacts named powerx-event-log*', () => {
    expect(eventLogPrefix).toBe('powerx-event-log');
  });

  it.each(workflows)('%s uploads the delivery log of every step that delivers events as powerx-event-log*', (file) => {
    expect(deliveryLogProblems(file, readFileSync(join(repoRoot, file), 'utf8'))).toEqual([]);
  });

  it('the release and compat exception workflows deliver their events through a delivery log they upload', () => {
    const delivering = (file: string) => {
      const doc = parse(readFileSync(join(repoRoot, file), 'utf8')) as DeliveryWorkflow;
      return Object.values(doc.jobs ?? {}).flatMap((j) => j.steps ?? []).filter((s) => DELIVER_WITH_SUBSCRIPTIONS.includes(ownAction(s.uses) ?? '') && s.with?.subscriptions);
    };
    expect(delivering('.github/workflows/plugin-release.yml').map((s) => ownAction(s.uses))).toEqual(['release-plan', 'pipeline-blocked']);
    expect(delivering('.github/workflows/compat-exception.yml').map((s) => ownAction(s.uses))).toEqual(['compat-exception', 'compat-exception']);
    for (const step of [...delivering('.github/workflows/plugin-release.yml'), ...delivering('.github/workflows/compat-exception.yml')]) {
      expect(step.with?.['delivery-log']).toBe(DEFAULT_DELIVERY_LOG);
    }
  });

  it('the check can fail: an upload under another name, none at all, or no resume on a re-run', () => {
    const job = (upload: string, download = '') =>
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${download}      - uses: $/actions/release-plan\n        with: { subscriptions: subs.yaml }\n${upload}`;
    const upload = (name: string, extra = "        if: ${{ always() }}\n") =>
      `      - uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f\n${extra}        with: { name: ${name}, path: '${DEFAULT_DELIVERY_LOG}' }\n`;
    const resume = `      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c\n        with: { name: powerx-event-log-a, path: '\${{ runner.temp }}/powerx-events' }\n`;
    expect(deliveryLogProblems('w.yml', job(upload('powerx-event-log-a'), resume))).toEqual([]);
    expect(deliveryLogProblems('w.yml', job(upload('release-events'), resume)).join('\n')).toMatch(/no later upload-artifact step named powerx-event-log\*/);
    expect(deliveryLogProblems('w.yml', job('', resume)).join('\n')).toMatch(/no later upload-artifact step/);
    expect(deliveryLogProblems('w.yml', job(upload('powerx-event-log-a', ''), resume)).join('\n')).toMatch(/must run always\(\)/);
    expect(deliveryLogProblems('w.yml', job(upload('powerx-event-log-a'))).join('\n')).toMatch(/download the earlier attempt's powerx-event-log-a/);
    // Without subscriptions the step delivers nothing and needs no log.
    expect(deliveryLogProblems('w.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: $/actions/release-plan\n')).toEqual([]);
  });
});

describe('one default place for the audit log and the delivery log', () => {
  // The names an older version used for the same files: actions, workflows, templates and docs must not name them.
  const RETIRED = ['powerx-audit.jsonl', 'powerx-delivery-log.jsonl', 'powerx-events/delivery.jsonl', '.powerx/events/'];
  const files = [...workflows, ...compositeFiles, ...readdirSync(join(repoRoot, 'docs')).map((f) => join('docs', f))];

  it.each(files)('%s names no retired default path', (file) => {
    const content = readFileSync(join(repoRoot, file), 'utf8');
    expect(RETIRED.filter((p) => content.includes(p))).toEqual([]);
  });

  it.each([...ALWAYS_DELIVER, ...DELIVER_WITH_SUBSCRIPTIONS])('%s has delivery-log and audit-log inputs that name the shared defaults', (name) => {
    const meta = parse(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionYaml;
    expect(meta.inputs?.['delivery-log']?.description).toContain('powerx-events/delivery-log.jsonl');
    expect(meta.inputs?.['audit-log']?.description).toContain('powerx-audit/audit.jsonl');
  });
});
