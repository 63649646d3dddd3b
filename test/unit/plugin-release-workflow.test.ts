import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/harness.js';

interface Step { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { needs?: string | string[]; if?: string; environment?: string; permissions?: Record<string, string>; steps?: Step[]; uses?: string }
interface Workflow { on: { workflow_call?: { inputs: Record<string, { required?: boolean }>; secrets: Record<string, unknown> } }; permissions?: unknown; jobs: Record<string, Job> }

const workflow = parse(readFileSync(join(repoRoot, '.github/workflows/plugin-release.yml'), 'utf8')) as Workflow;
const template = parse(readFileSync(join(repoRoot, 'action-templates/plugin-release.yml'), 'utf8')) as Workflow;

describe('plugin-release reusable workflow', () => {
  it('is a workflow_call with a required test-command and the two approval environments', () => {
    expect(workflow.on.workflow_call!.inputs['test-command']).toMatchObject({ required: true });
    expect(workflow.jobs['approve-qa']!.environment).toBe('${{ inputs.qa-environment }}');
    expect(workflow.jobs['approve-release']!.environment).toBe('${{ inputs.release-environment }}');
    expect(workflow.on.workflow_call!.inputs['qa-environment']).toMatchObject({ default: 'powerx-qa' });
    expect(workflow.on.workflow_call!.inputs['release-environment']).toMatchObject({ default: 'powerx-release-manager' });
  });

  it('wires stages 1 to 7 in order, and the blocked job after any of them fails', () => {
    expect(workflow.jobs.verify!.needs).toBe('submit');
    expect(workflow.jobs['approve-qa']!.needs).toBe('verify');
    expect(workflow.jobs['approve-release']!.needs).toBe('approve-qa');
    expect(workflow.jobs.release!.needs).toBe('approve-release');
    expect(workflow.jobs.blocked!.needs).toEqual(['submit', 'verify', 'approve-qa', 'approve-release', 'release']);
    expect(workflow.jobs.blocked!.if).toBe('${{ failure() }}');
    // Our actions by $/ (this repository at the running commit): ./ would resolve against the plugin's checkout.
    const uses = (job: string) => workflow.jobs[job]!.steps!.map((s) => s.uses).filter((u) => u && !u.includes('@'));
    expect(uses('submit')).toEqual(['$/actions/publish-request']);
    expect(uses('verify')).toEqual(['$/actions/deploy-test-tenant', '$/actions/quality-gate', '$/actions/security-scan']);
    expect(uses('approve-qa')).toEqual(['$/actions/approval-record']);
    expect(uses('approve-release')).toEqual(['$/actions/approval-record']);
    expect(uses('release')).toEqual(['$/actions/release-plan', '$/actions/audit-archive']);
    expect(uses('blocked')).toEqual(['$/actions/pipeline-blocked', '$/actions/audit-archive']);
  });

  it('checks out the plugin repository first in every job whose actions read its manifest and configuration', () => {
    // $/ needs no checkout of the suite; these checkouts are the caller's (the plugin's) code, which the actions read.
    for (const name of ['submit', 'verify', 'approve-qa', 'approve-release', 'release', 'blocked']) {
      const steps = workflow.jobs[name]!.steps!;
      expect(steps[0]!.uses, name).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
      expect(steps.some((s) => s.uses?.startsWith('$/actions/') && s.with?.['working-directory'] === '${{ inputs.working-directory }}'), name).toBe(true);
    }
  });

  it('gives each job only the permissions it needs', () => {
    expect(workflow.permissions).toEqual({});
    const perms = Object.fromEntries(Object.entries(workflow.jobs).map(([name, job]) => [name, job.permissions]));
    expect(perms).toEqual({
      submit: { contents: 'read' },
      verify: { contents: 'read', deployments: 'write', 'security-events': 'write' },
      'approve-qa': { actions: 'read', contents: 'read' },
      'approve-release': { actions: 'read', contents: 'read' },
      release: { contents: 'write' },
      blocked: { contents: 'write', issues: 'write' },
    });
  });

  it('runs the regression suite with the tenant URL from env, and judges the reports even when it failed', () => {
    const steps = workflow.jobs.verify!.steps!;
    const suite = steps.find((s) => s.env?.TEST_COMMAND)!;
    expect(suite.run).toBe('bash -c "$TEST_COMMAND"');
    expect(suite.env).toMatchObject({ POWERX_TENANT_URL: '${{ steps.deploy.outputs.tenant-url }}', TEST_COMMAND: '${{ inputs.test-command }}' });
    expect(steps.find((s) => s.uses === '$/actions/quality-gate')!.if).toContain('always()');
  });

  it('keeps the audit artifact as long as the repository allows', () => {
    // Delivery logs are kept for the re-drive and replay (30 days), like every powerx-event-log artifact.
    const uploads = workflow.jobs.release!.steps!.filter((s) => s.uses?.startsWith('actions/upload-artifact@') && !String(s.with?.name).startsWith('powerx-event-log'));
    expect(uploads.map((u) => u.with?.name)).toEqual(['powerx-release-${{ github.run_id }}-${{ github.run_attempt }}', '${{ env.AUDIT_ARTIFACT }}']);
    expect(uploads.every((u) => u.with?.['retention-days'] === '${{ steps.archive.outputs.retention-days || 90 }}')).toBe(true);
  });

  it('uploads the delivery logs of release-plan and pipeline-blocked for the re-drive, and continues them on a re-run', () => {
    for (const [job, name] of [['release', 'powerx-event-log-release-plan'], ['blocked', 'powerx-event-log-pipeline-blocked']] as const) {
      const steps = workflow.jobs[job]!.steps!;
      const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === name);
      expect(upload, `${job}: upload ${name}`).toMatchObject({ with: { path: '${{ runner.temp }}/powerx-events/delivery-log.jsonl', overwrite: true, 'if-no-files-found': 'ignore' } });
      const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.name === name);
      expect(download, `${job}: download ${name}`).toMatchObject({ if: "${{ github.run_attempt != '1' && inputs.subscriptions != '' }}", with: { path: '${{ runner.temp }}/powerx-events' } });
    }
  });
});

describe('plugin-release starter template', () => {
  it('builds, attests with a pinned action, and calls the suite’s reusable workflow by repository and @v1', () => {
    const build = template.jobs.build!;
    expect(build.permissions).toEqual({ contents: 'read', 'id-token': 'write', attestations: 'write' });
    expect(build.steps!.some((s) => s.uses?.startsWith('actions/attest-build-provenance@a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32'))).toBe(true);
    expect(template.jobs.release!.uses).toBe('powerx/release-suite/.github/workflows/plugin-release.yml@v1');
    expect(readFileSync(join(repoRoot, 'action-templates/plugin-release.yml'), 'utf8')).toContain(
      'uses: powerx/release-suite/.github/workflows/plugin-release.yml@v1 # pin to the commit SHA of the suite release you adopt',
    );
    expect(Object.keys(template.jobs.release!.permissions!).sort()).toEqual(['actions', 'contents', 'deployments', 'issues', 'security-events']);
  });
});
