/**
 * Cold start of action bundles: process start to exit, median of several runs, beside bare
 * `node -e 0` measured in the same run, plus the size of every bundle in dist/.
 * `npm run bench -- coldstart [runs]`
 */
import { cpSync, mkdtempSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, spawnMs } from './support/measure.js';

const root = new URL('..', import.meta.url).pathname;

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

export async function run(args: string[]): Promise<object> {
  const runs = Number(args[0] ?? 15);
  const workspace = mkdtempSync(join(tmpdir(), 'powerx-coldstart-'));
  mkdirSync(join(workspace, 'config', 'publish'), { recursive: true });
  writeFileSync(join(workspace, 'config', 'publish', 'quality_gates.yaml'), 'coverage:\n  lines: 90\n');
  const files = ['out', 'summary', 'state', 'env'].map((f) => join(workspace, f));
  for (const f of files) writeFileSync(f, '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files[0],
    GITHUB_STEP_SUMMARY: files[1],
    GITHUB_STATE: files[2],
    GITHUB_ENV: files[3],
    RUNNER_TEMP: workspace,
    INPUT_FILES: 'config/publish/quality_gates.yaml',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_FAIL-ON-ERROR': 'true',
  };
  const bundle = join(root, 'dist', 'validate-config', 'index.js');
  // A second workspace with every default file and the sample manifest: what a plugin repository validates.
  const full = mkdtempSync(join(tmpdir(), 'powerx-coldstart-full-'));
  cpSync(join(root, 'config'), join(full, 'config'), { recursive: true });
  cpSync(join(root, 'examples', 'powerx-plugin.yaml'), join(full, 'powerx-plugin.yaml'));
  const fullEnv = { ...env, GITHUB_WORKSPACE: full, INPUT_FILES: '' };
  const bare: number[] = [];
  const action: number[] = [];
  const actionAll: number[] = [];
  // Interleave so drift on the machine affects both series alike; one warm-up of each first.
  spawnMs(['-e', '0'], env, workspace);
  spawnMs([bundle], env, workspace);
  for (let i = 0; i < runs; i++) {
    bare.push(spawnMs(['-e', '0'], env, workspace));
    action.push(spawnMs([bundle], env, workspace));
    actionAll.push(spawnMs([bundle], fullEnv, full));
  }
  // Every other action: process start until it has loaded and rejected its (empty) inputs. That
  // is the load cost a runner pays before the action's own work starts.
  const others: Record<string, { medianMs: number; ratioToBareNode: number }> = {};
  const bareMedian = median(bare);
  for (const entry of readdirSync(join(root, 'dist'), { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'cli' || entry.name === 'validate-config') continue;
    const main = join(root, 'dist', entry.name, 'index.js');
    const samples: number[] = [];
    for (let i = 0; i < Math.max(5, Math.floor(runs / 2)); i++) samples.push(spawnMs([main], { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace }, workspace, true));
    others[entry.name] = { medianMs: Number(median(samples).toFixed(1)), ratioToBareNode: Number((median(samples) / bareMedian).toFixed(2)) };
  }
  const sizes = Object.fromEntries(
    readdirSync(join(root, 'dist'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => [e.name, dirSize(join(root, 'dist', e.name))]),
  );
  return {
    runs,
    action: 'validate-config (validates one quality_gates.yaml)',
    bareNodeMedianMs: Number(median(bare).toFixed(1)),
    actionMedianMs: Number(median(action).toFixed(1)),
    ratioToBareNode: Number((median(action) / median(bare)).toFixed(2)),
    everyDefaultFile: {
      action: 'validate-config over every default configuration file and the sample manifest (9 files, 9 schemas)',
      medianMs: Number(median(actionAll).toFixed(1)),
      ratioToBareNode: Number((median(actionAll) / median(bare)).toFixed(2)),
    },
    loadUntilInputCheck: others,
    bundleBytes: sizes,
  };
}
