/** Stage 1 as the runner runs it: the publish-request bundle against the simulator, signatures made by test keys. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@powerx/core/audit/verify.js';
import { runAction } from '../support/harness.js';
import { PLATFORM_TOKEN, PLUGIN, SUBMITTER, pluginWorkspace, releaseRun, runEnv, startReleaseWorld, type ReleaseWorld } from '../support/release-world.js';

let world: ReleaseWorld;

beforeAll(async () => {
  world = await startReleaseWorld();
});

afterAll(async () => {
  await world?.close();
});

async function submit(workspace: ReturnType<typeof pluginWorkspace>, inputs: Record<string, string> = {}) {
  const run = releaseRun(world, workspace.commit);
  return runAction({
    action: 'publish-request',
    workspace: workspace.dir,
    inputs: { 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN, 'audit-log': 'audit/audit.jsonl', ...inputs },
    env: runEnv(world, run),
  });
}

describe('publish-request', () => {
  it('verifies a GitHub-style attestation, uploads the artifact once, and records the submission', async () => {
    const ws = pluginWorkspace(world, { version: world.version });
    const result = await submit(ws);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ outcome: 'passed', plugin: PLUGIN, version: world.version, submitter: SUBMITTER, subject: `${PLUGIN}@${world.version}` });
    expect(result.masks).toContain(PLATFORM_TOKEN);
    expect(result.summary).toContain('Submission `acme.crm-sync@');
    expect(result.summary).toContain('https://github.com/acme/crm-sync/.github/workflows/release.yml@refs/tags/v');
    const release = world.sim.state.releases(PLUGIN).find((r) => r.version === world.version);
    expect(release?.digest).toBe(result.outputs.digest);
    const audit = readFileSync(join(ws.dir, 'audit/audit.jsonl'), 'utf8');
    expect(verify(audit)).toMatchObject({ ok: true, count: 1 });
    const record = JSON.parse(audit.trim()) as { action: string; outcome: string; actor: string; details: Record<string, unknown> };
    expect(record).toMatchObject({ action: 'publish.gate.evaluated', outcome: 'passed', actor: SUBMITTER, details: { gate: 'submit', submitter: SUBMITTER, uploaded: true } });
    expect(audit).not.toContain(PLATFORM_TOKEN);

    // A re-run of the step converges: same version, same digest, nothing uploaded twice.
    const again = await submit(ws);
    expect(again.exitCode).toBe(0);
    expect(again.summary).toContain('re-run');
    expect(world.sim.state.releases(PLUGIN).filter((r) => r.version === world.version)).toHaveLength(1);
  });

  it('accepts a self-managed key', async () => {
    const ws = pluginWorkspace(world, { version: '9.0.0-key.1', signing: 'key' });
    const result = await submit(ws);
    expect(result.outputs.outcome).toBe('passed');
    expect(result.summary).toContain('key acme-release-2026');
  });

  it.each([
    ['tampered', 'digest-mismatch'],
    ['foreign-identity', 'untrusted-signer'],
    ['none', 'unsigned'],
  ] as const)('blocks a %s signature before anything is uploaded (%s)', async (signing, code) => {
    const version = `9.1.0-${signing}`;
    const ws = pluginWorkspace(world, { version, signing });
    const result = await submit(ws);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.outcome).toBe('failed');
    expect(JSON.parse(result.outputs.reasons!)).toEqual([expect.objectContaining({ code, stage: 'submit' })]);
    expect(result.annotations.some((a) => a.command === 'error' && a.properties.title === 'Submission: Artifact signature verifies')).toBe(true);
    expect(world.sim.state.releases(PLUGIN).some((r) => r.version === version)).toBe(false);
    const record = JSON.parse(readFileSync(join(ws.dir, 'audit/audit.jsonl'), 'utf8').trim()) as { outcome: string; details: { reasons: { code: string }[] } };
    expect(record.outcome).toBe('failed');
    expect(record.details.reasons[0]?.code).toBe(code);
  });

  it('blocks a version that is not newer than the last release', async () => {
    const ws = pluginWorkspace(world, { version: '1.0.5' });
    const result = await submit(ws);
    expect(result.outputs.outcome).toBe('failed');
    expect(JSON.parse(result.outputs.reasons!)[0]).toMatchObject({ code: 'version-not-newer' });
  });

  it('reports an invalid manifest on its line', async () => {
    const ws = pluginWorkspace(world, { version: '9.2.0' });
    const path = join(ws.dir, 'powerx-plugin.yaml');
    const text = readFileSync(path, 'utf8').replace(/^host: .*$/m, 'host: 42');
    (await import('node:fs')).writeFileSync(path, text);
    const result = await submit(ws);
    expect(result.outputs.outcome).toBe('failed');
    const annotation = result.annotations.find((a) => a.properties.title === 'Submission: Plugin manifest is valid');
    expect(annotation?.properties.file).toBe('powerx-plugin.yaml');
    expect(Number(annotation?.properties.line)).toBe(text.split('\n').findIndex((l) => l.startsWith('host:')) + 1);
  });
});
