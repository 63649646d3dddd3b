/** Stage 2 as the runner runs it: lease, compatibility check, install, health, GitHub deployment, post-step release. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@powerx/core/audit/verify.js';
import { runAction } from '../support/harness.js';
import { BOT, OWNER, PLATFORM_TOKEN, PLUGIN, REPO, pluginWorkspace, releaseRun, runEnv, startReleaseWorld, type ReleaseWorld } from '../support/release-world.js';

let world: ReleaseWorld;

beforeAll(async () => {
  world = await startReleaseWorld();
});

afterAll(async () => {
  await world?.close();
});

async function deploy(version: string, inputs: Record<string, string> = {}) {
  const ws = pluginWorkspace(world, { version });
  const run = releaseRun(world, ws.commit);
  const env = runEnv(world, run);
  const common = { 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN, 'audit-log': 'audit.jsonl', 'health-interval': '0.05', ...inputs };
  // The version must be in the catalog to be installed: stage 1 puts it there.
  const submitted = await runAction({ action: 'publish-request', workspace: ws.dir, inputs: { 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN, 'audit-log': 'audit.jsonl' }, env });
  expect(submitted.outputs.outcome).toBe('passed');
  const main = await runAction({ action: 'deploy-test-tenant', workspace: ws.dir, inputs: common, env, token: world.github.token(BOT) });
  const post = await runAction({ action: 'deploy-test-tenant', stage: 'post', state: main.state, workspace: ws.dir, inputs: common, env, token: world.github.token(BOT) });
  return { ws, run, main, post, audit: readFileSync(join(ws.dir, 'audit.jsonl'), 'utf8') };
}

describe('deploy-test-tenant', () => {
  it('installs on a leased test tenant, waits until healthy, records the deployment, and gives the tenant back', async () => {
    const { main, post, audit, ws } = await deploy(world.version);
    expect(main.stderr).toBe('');
    expect(main.exitCode).toBe(0);
    const tenant = world.sim.state.tenant(main.outputs['tenant-id']!)!;
    expect(tenant.testPool).toBe(true);
    expect(main.outputs['tenant-url']).toBe(tenant.url);
    expect(tenant.plugins.find((p) => p.id === PLUGIN)?.version).toBe(world.version);
    expect(main.summary).toContain('Healthy on the test tenant');

    const deployment = world.github.state.repo(OWNER, REPO).deployments.find((d) => String(d.id) === main.outputs['deployment-id'])!;
    expect(deployment.sha).toBe(ws.commit);
    expect(deployment.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(deployment.statuses[1]!.environmentUrl).toBe(tenant.url);
    expect(deployment.statuses[0]!.logUrl).toMatch(/\/actions\/runs\/\d+$/);

    expect(post.exitCode).toBe(0);
    expect(world.sim.state.leases().find((l) => l.id === main.outputs['lease-id'])?.status).toBe('released');
    expect(verify(audit)).toMatchObject({ ok: true, count: 3 });
    const actions = audit.trim().split('\n').map((l) => JSON.parse(l) as { action: string; outcome: string; details: { gate?: string } });
    expect(actions.map((a) => [a.action, a.details.gate ?? '', a.outcome])).toEqual([
      ['publish.gate.evaluated', 'submit', 'passed'],
      ['publish.gate.evaluated', 'test-deploy', 'passed'],
      ['publish.test-tenant.released', '', 'released'],
    ]);
  });

  it('fails when the plugin never becomes healthy, and still releases the lease in the post step', async () => {
    const version = '9.3.0';
    world.sim.setFaults({ badVersions: [{ plugin: PLUGIN, version, errorRate: 0.4 }] });
    try {
      const { main, post, audit } = await deploy(version, { 'health-timeout': '1' });
      expect(main.exitCode).toBe(1);
      expect(JSON.parse(main.outputs.reasons!)).toEqual([expect.objectContaining({ code: 'health-timeout', stage: 'test-deploy' })]);
      const deployment = world.github.state.repo(OWNER, REPO).deployments.find((d) => String(d.id) === main.outputs['deployment-id'])!;
      expect(deployment.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
      expect(post.exitCode).toBe(0);
      expect(world.sim.state.leases().find((l) => l.id === main.outputs['lease-id'])?.status).toBe('released');
      expect(audit).toContain('"outcome":"failed"');
    } finally {
      world.sim.setFaults({ badVersions: [] });
    }
  });

  it('blocks before installing when the version is incompatible with the test tenant', async () => {
    const version = '9.4.0';
    const ws = pluginWorkspace(world, { version });
    const path = join(ws.dir, 'powerx-plugin.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^host: .*$/m, 'host: ">=5.0.0"'));
    const run = releaseRun(world, ws.commit);
    const env = runEnv(world, run);
    const inputs = { 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN, 'audit-log': 'audit.jsonl', 'health-interval': '0.05' };
    expect((await runAction({ action: 'publish-request', workspace: ws.dir, inputs: { 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN, 'audit-log': 'audit.jsonl' }, env })).outputs.outcome).toBe('passed');
    const main = await runAction({ action: 'deploy-test-tenant', workspace: ws.dir, inputs, env, token: world.github.token(BOT) });
    expect(main.exitCode).toBe(1);
    expect(JSON.parse(main.outputs.reasons!)[0]).toMatchObject({ code: 'compat-blocked' });
    expect(main.summary).toContain('host-mismatch');
    expect(world.sim.state.operations().some((o) => o.plugin === PLUGIN && o.version === version)).toBe(false);
    const post = await runAction({ action: 'deploy-test-tenant', stage: 'post', state: main.state, workspace: ws.dir, inputs, env });
    expect(post.exitCode).toBe(0);
    expect(world.sim.state.leases().find((l) => l.id === main.outputs['lease-id'])?.status).toBe('released');
  });
});
