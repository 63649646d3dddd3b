/**
 * The release pipeline's own costs, each beside a baseline measured in the same run:
 * - signature verification of a 32 MiB artifact: a GitHub-style Sigstore attestation (certificate chain,
 *   transparency-log promise and proof, SCT, DSSE signature, policy) and a self-managed key bundle, against
 *   the floor of one ECDSA verification over the artifact with node:crypto (one hashing pass);
 * - the release decision for a 10,000-tenant platform: evidence from a trail plus the plan (cohorts,
 *   reversibility, dependencies), against grouping the tenants by installed version alone;
 * - cold start of the publish-request and release-plan bundles against `node -e 0`.
 * Medians of several runs, interleaved. `npm run bench -- release [runs]`
 */
import { createSign, generateKeyPairSync, verify as cryptoVerify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { MemoryAuditStore } from '@powerx/core/audit/store.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { buildReleasePlan, type PlanTenant } from '@powerx/core/publish/plan.js';
import { verifyArtifactSignatures, type SignaturePolicy } from '@powerx/core/publish/signature.js';
import { AUDIT, DEFAULT_REQUIRED_GATES, collectEvidence } from '@powerx/core/publish/trail.js';
import { TestSigningKey, TestSigstore } from '../test/support/sigstore.js';
import { median, spawnMs } from './support/measure.js';

const root = new URL('..', import.meta.url).pathname;

async function timed(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function pair(runs: number, subject: () => unknown, baseline: () => unknown) {
  await subject();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await timed(subject));
    b.push(await timed(baseline));
  }
  const medianMs = Math.round(median(a) * 100) / 100;
  const baselineMs = Math.round(median(b) * 100) / 100;
  return { medianMs, baselineMs, ratio: Math.round((medianMs / baselineMs) * 100) / 100 };
}

export async function run(args: string[]): Promise<object> {
  const runs = Number(args[0] ?? 9);

  // Signatures
  const artifact = Buffer.alloc(32 * 1024 * 1024, 7);
  const sigstore = new TestSigstore();
  const key = new TestSigningKey('bench-key');
  const identity = { issuer: 'https://token.actions.githubusercontent.com', subject: 'https://github.com/acme/crm-sync/.github/workflows/release.yml@refs/tags/v1.0.0' };
  const policy: SignaturePolicy = {
    accept: ['sigstore', 'key'],
    trustedRoot: sigstore.trustedRoot(),
    identities: [{ issuer: identity.issuer, subject: '^https://github\\.com/{{repository}}/\\.github/workflows/[A-Za-z0-9._-]+\\.ya?ml@refs/tags/v.+$' }],
    thresholds: { tlog: 1, ctlog: 1, timestamp: 1 },
    keys: [{ hint: key.hint, publicKeyPem: key.publicKeyPem }],
  };
  const attestation = { form: 'bundle' as const, file: 'a.sigstore.json', json: sigstore.attest([{ name: 'a.tgz', artifact }], identity) };
  const keyBundle = { form: 'bundle' as const, file: 'a.bundle.json', json: key.signBundle(artifact) };
  const floorKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const floorSig = createSign('sha256').update(artifact).sign(floorKey.privateKey);
  // The floor of any signature check over the artifact: one hashing pass plus one ECDSA verification.
  const floor = () => {
    if (!cryptoVerify('sha256', artifact, floorKey.publicKey, floorSig)) throw new Error('floor signature failed');
  };
  const check = (input: typeof attestation) => () => {
    if (!verifyArtifactSignatures(artifact, [input], policy, 'acme/crm-sync').verified) throw new Error('did not verify');
  };
  const sigstoreAttestation = await pair(runs, check(attestation), floor);
  const keySignature = await pair(runs, check(keyBundle), floor);

  // Release decision for 10,000 tenants
  const matrix = parseApprovalMatrix('stages:\n  - { environment: powerx-qa, role: qa, reviewers: { users: [linda] } }\n  - { environment: powerx-rm, role: release-manager, reviewers: { users: [matrix] } }\n', 'm.yaml');
  const subject = 'acme.crm-sync@4.0.0';
  const commit = 'f'.repeat(40);
  const store = new MemoryAuditStore();
  const log = new AuditLog(store, { context: { actor: 'bot', run: { id: '1', attempt: 1, workflow: 'w', commit } } });
  const window = { start: new Date(Date.now() + 86_400_000).toISOString(), end: new Date(Date.now() + 90_000_000).toISOString() };
  await log.append({ action: AUDIT.gate, subject, outcome: 'passed', details: { gate: 'submit', submitter: 'michael' } });
  for (const gate of ['test-deploy', 'quality', 'security']) await log.append({ action: AUDIT.gate, subject, outcome: 'passed', details: { gate } });
  for (const [role, environment, who] of [['qa', 'powerx-qa', 'linda'], ['release-manager', 'powerx-rm', 'matrix']]) {
    await log.append({ action: AUDIT.approval, subject, outcome: 'approved', details: { role, environment, approvers: [who], launchWindow: window, rollbackContacts: ['ops'] } });
  }
  const records = await store.read();
  const versions = Array.from({ length: 40 }, (_, i) => `${1 + Math.floor(i / 10)}.${i % 10}.0`);
  const manifest = (version: string, schema: number) => ({ id: 'acme.crm-sync', version, host: '>=3.0.0', dependencies: { 'acme.core': '^1.0.0' }, migrations: { schema, minFrom: 1, reversible: true } });
  const releases = versions.map((v, i) => ({ version: v, manifest: manifest(v, 1 + Math.floor(i / 5)) }));
  const tenants: PlanTenant[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `tn-${String(i).padStart(5, '0')}`, plugins: i % 9 === 0 ? [] : [{ id: 'acme.crm-sync', version: versions[i % versions.length]! }] }));
  const deps = { 'acme.core': Array.from({ length: 30 }, (_, i) => ({ version: `1.${i}.0`, manifest: manifest(`1.${i}.0`, 1) })) };
  let cohorts = 0;
  const decide = () => {
    const evidence = collectEvidence({ records, subject, commit, runId: '1', requiredGates: DEFAULT_REQUIRED_GATES, requiredApprovals: matrix.stages });
    const plan = buildReleasePlan({
      evidence, plugin: 'acme.crm-sync', version: '4.0.0', digest: 'sha256:00', commit, repository: 'acme/crm-sync', serverUrl: 'https://github.com',
      manifest: manifest('4.0.0', 9), matrix, tenants, releases, dependencyReleases: deps, rollout: { file: 'u.yaml', name: 'standard' }, now: new Date(),
    });
    cohorts = plan.rollback.cohorts.length;
  };
  const group = () => {
    const byVersion = new Map<string, number>();
    for (const t of tenants) {
      const v = t.plugins.find((p) => p.id === 'acme.crm-sync')?.version ?? '-';
      byVersion.set(v, (byVersion.get(v) ?? 0) + 1);
    }
    return byVersion.size;
  };
  const releaseDecision = { tenants: tenants.length, cohorts: 0, ...(await pair(runs, decide, group)) };
  releaseDecision.cohorts = cohorts;

  // Cold start of two bundles (they stop at their first missing input; what remains is loading them)
  const workspace = mkdtempSync(join(tmpdir(), 'powerx-release-bench-'));
  const files = ['out', 'summary', 'state', 'env'].map((f) => join(workspace, f));
  for (const f of files) writeFileSync(f, '');
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: files[0], GITHUB_STEP_SUMMARY: files[1], GITHUB_STATE: files[2], GITHUB_ENV: files[3], RUNNER_TEMP: workspace };
  const coldStart: Record<string, { medianMs: number; bareNodeMs: number; ratio: number }> = {};
  for (const action of ['publish-request', 'release-plan']) {
    const bundle = join(root, 'dist', action, 'index.js');
    const a: number[] = [];
    const b: number[] = [];
    spawnMs([bundle], env, workspace, true);
    spawnMs(['-e', '0'], env, workspace, true);
    for (let i = 0; i < runs; i++) {
      a.push(spawnMs([bundle], env, workspace, true));
      b.push(spawnMs(['-e', '0'], env, workspace, true));
    }
    const medianMs = Math.round(median(a) * 10) / 10;
    const bareNodeMs = Math.round(median(b) * 10) / 10;
    coldStart[action] = { medianMs, bareNodeMs, ratio: Math.round((medianMs / bareNodeMs) * 100) / 100 };
  }
  return { runs, artifactBytes: artifact.length, signatures: { sigstoreAttestation, keySignature, baseline: 'one ECDSA P-256 verify over the artifact (node:crypto: one hashing pass)' }, releaseDecision, coldStart };
}
