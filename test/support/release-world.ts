/**
 * The world the release pipeline's end-to-end tests run in: the PowerX simulator, the GitHub double seeded with
 * an organisation, its QA and release-manager reviewers, the plugin repository and its approval environments, a
 * private Sigstore instance, and a plugin workspace holding a signed artifact of the next version.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { stringify } from 'yaml';
import { startSimulator, type Simulator } from '@powerx/platform/sim/server.js';
import { startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import type { RunRecord } from '@powerx/github/double/state.js';
import { TestSigningKey, TestSigstore } from './sigstore.js';

export const OWNER = 'acme';
export const REPO = 'crm-sync';
export const PLUGIN = 'acme.crm-sync';
export const PLATFORM_TOKEN = 'sim-token-4c1f9e2a';
export const SUBMITTER = 'michael';
export const QA = 'linda';
export const RELEASE_MANAGER = 'matrix';
/** Owns the organisation: the only one GitHub tells whether 2FA is required. */
export const ORG_OWNER = 'ops-owner';
export const BOT = 'github-actions[bot]';

export const APPROVAL_MATRIX = `# yaml-language-server: $schema=../schemas/approval_matrix.schema.json
stages:
  - environment: powerx-qa
    role: qa
    reviewers: { teams: [acme/plugin-qa] }
  - environment: powerx-release-manager
    role: release-manager
    reviewers: { users: [${RELEASE_MANAGER}] }
rules:
  distinctApprovers: true
  forbidSubmitterApproval: true
  requireOrgTwoFactor: true
sla:
  hours: 24
freezes: []
rollbackContacts:
  required: true
  minCount: 1
`;

export const QUALITY_GATES = `security:
  failOn: [high, critical]
  licenses:
    allow: [MIT, Apache-2.0, ISC, BSD-3-Clause]
    deny: [GPL-3.0-only, AGPL-3.0-only]
coverage:
  lines: 90
  branches: 0
  functions: 0
  statements: 0
tests:
  maxFailed: 0
  minPassRate: 0.95
  minCount: 1
`;

export interface ReleaseWorld {
  sim: Simulator;
  github: GitHubDouble;
  sigstore: TestSigstore;
  key: TestSigningKey;
  /** The next minor version after the catalog's latest release of the plugin. */
  version: string;
  /** The manifest of the latest release, the template for the next one. */
  baseManifest: Record<string, unknown>;
  close(): Promise<void>;
}

export async function startReleaseWorld(): Promise<ReleaseWorld> {
  const sim = await startSimulator({ dataDir: mkdtempSync(join(tmpdir(), 'powerx-release-sim-')), token: PLATFORM_TOKEN, operationDelayMs: 20 });
  const github = await startGitHubDouble();
  const s = github.state;
  s.addOrg({ login: OWNER, owners: [ORG_OWNER], members: [SUBMITTER, QA, RELEASE_MANAGER, 'ops-oncall'], twoFactorRequirementEnabled: true });
  s.addTeam({ org: OWNER, slug: 'plugin-qa', members: [QA] });
  s.addRepo({ owner: OWNER, name: REPO, admins: [ORG_OWNER], writers: [SUBMITTER, BOT] });
  s.commitFile(OWNER, REPO, { path: 'powerx-plugin.yaml', content: `id: ${PLUGIN}\n` });
  s.addEnvironment(OWNER, REPO, { name: 'powerx-qa', reviewers: [{ team: 'plugin-qa' }], preventSelfReview: true, canAdminsBypass: false });
  s.addEnvironment(OWNER, REPO, { name: 'powerx-release-manager', reviewers: [{ user: RELEASE_MANAGER }], preventSelfReview: true, canAdminsBypass: false });
  const releases = sim.state.releases(PLUGIN).filter((r) => !r.prerelease && !r.yanked);
  const latest = releases.sort((a, b) => semver.compare(a.version, b.version)).at(-1)!;
  return {
    sim,
    github,
    sigstore: new TestSigstore(),
    key: new TestSigningKey('acme-release-2026'),
    version: semver.inc(latest.version, 'minor')!,
    baseManifest: latest.manifest as unknown as Record<string, unknown>,
    close: async () => {
      await github.close();
      await sim.close();
    },
  };
}

export interface Workspace {
  dir: string;
  artifact: Buffer;
  /** A commit of the repository in the double holding this version. */
  commit: string;
}

export type Signing = 'sigstore' | 'key' | 'tampered' | 'foreign-identity' | 'none';

/** A plugin repository checkout: manifest, built artifact, its signature, configuration, and the test reports. */
export interface WorkspaceOptions {
  version?: string;
  signing?: Signing;
  coverage?: number;
  failedTests?: number;
  /** Leave the JUnit report out (the regression run wrote none). */
  omitJunit?: boolean;
  /** npm audit reports one high vulnerability (a real npm audit output). */
  vulnerable?: boolean;
  /** A dependency under a denied licence. */
  deniedLicence?: boolean;
}

const NPM_AUDIT = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'reports', 'npm-audit');

export function pluginWorkspace(world: ReleaseWorld, options: WorkspaceOptions = {}): Workspace {
  const version = options.version ?? world.version;
  const dir = mkdtempSync(join(tmpdir(), 'powerx-plugin-'));
  for (const sub of ['config/publish', 'config/version', 'dist', 'keys', 'sigstore', 'coverage', 'reports']) mkdirSync(join(dir, sub), { recursive: true });
  const manifest = { ...world.baseManifest, version, name: 'CRM Sync', changelog: `https://github.com/${OWNER}/${REPO}/blob/main/CHANGELOG.md`, artifact: { path: `dist/crm-sync-${version}.tgz`, signature: `dist/crm-sync-${version}.tgz.sigstore.json` } };
  const manifestText = `# yaml-language-server: $schema=config/schemas/powerx-plugin.schema.json\n${stringify(manifest)}`;
  writeFileSync(join(dir, 'powerx-plugin.yaml'), manifestText);
  const artifact = Buffer.from(`crm-sync ${version} build ${Math.random()}\n`.repeat(64));
  writeFileSync(join(dir, manifest.artifact.path), artifact);
  const identity = { issuer: 'https://token.actions.githubusercontent.com', subject: `https://github.com/${OWNER}/${REPO}/.github/workflows/release.yml@refs/tags/v${version}` };
  const signature = join(dir, manifest.artifact.signature);
  switch (options.signing ?? 'sigstore') {
    case 'sigstore':
      writeFileSync(signature, JSON.stringify(world.sigstore.attest([{ name: `crm-sync-${version}.tgz`, artifact }], identity)));
      break;
    case 'key':
      writeFileSync(signature, JSON.stringify(world.key.signBundle(artifact)));
      break;
    case 'tampered': {
      // Signed, then the artifact was rebuilt: the signature is for other bytes.
      writeFileSync(signature, JSON.stringify(world.sigstore.signBlob(Buffer.concat([artifact, Buffer.from('patched')]), identity)));
      break;
    }
    case 'foreign-identity':
      writeFileSync(signature, JSON.stringify(world.sigstore.signBlob(artifact, { ...identity, subject: 'https://github.com/evil/crm-sync/.github/workflows/release.yml@refs/tags/v9.9.9' })));
      break;
    case 'none':
      break;
  }
  writeFileSync(join(dir, 'sigstore', 'trusted_root.json'), JSON.stringify(world.sigstore.trustedRoot()));
  writeFileSync(join(dir, 'keys', 'acme-release-2026.pub'), world.key.publicKeyPem);
  writeFileSync(
    join(dir, 'config/publish/signature_policy.yaml'),
    `sigstore:\n  trustedRoot: sigstore/trusted_root.json\nkeys:\n  - { hint: ${world.key.hint}, path: keys/acme-release-2026.pub }\n`,
  );
  writeFileSync(join(dir, 'config/publish/approval_matrix.yaml'), APPROVAL_MATRIX);
  writeFileSync(join(dir, 'config/publish/quality_gates.yaml'), QUALITY_GATES);
  const coverage = options.coverage ?? 93.4;
  writeFileSync(join(dir, 'coverage/coverage-summary.json'), JSON.stringify(istanbulSummary(coverage)));
  if (!options.omitJunit) writeFileSync(join(dir, 'reports/junit.xml'), junit(40, options.failedTests ?? 0));
  const deps: Record<string, { version: string; license: string }> = { 'left-pad': { version: '1.3.0', license: 'WTFPL OR MIT' }, axios: { version: '1.7.7', license: 'MIT' } };
  if (options.deniedLicence) deps['gpl-widget'] = { version: '2.0.1', license: 'GPL-3.0-only' };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'crm-sync', version, license: 'Apache-2.0', dependencies: Object.fromEntries(Object.entries(deps).map(([n, d]) => [n, `^${d.version}`])) }, null, 2));
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify(
      {
        name: 'crm-sync',
        version,
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'crm-sync', version, license: 'Apache-2.0', dependencies: Object.fromEntries(Object.entries(deps).map(([n, d]) => [n, `^${d.version}`])) },
          ...Object.fromEntries(Object.entries(deps).map(([n, d]) => [`node_modules/${n}`, { version: d.version, resolved: `https://registry.npmjs.org/${n}/-/${n}-${d.version}.tgz`, license: d.license }])),
        },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'reports/npm-audit.json'), readFileSync(join(NPM_AUDIT, options.vulnerable ? 'npm-audit-one-vuln-high.json' : 'npm-audit-no-vuln.json')));
  const commit = world.github.state.commitFile(OWNER, REPO, { path: 'powerx-plugin.yaml', content: manifestText, message: `Release ${version}` }).sha;
  return { dir, artifact, commit };
}

/** An istanbul coverage-summary.json whose line coverage is exactly `percent` (to one decimal). */
export function istanbulSummary(percent: number): object {
  const total = 1000;
  const covered = Math.round(percent * 10);
  const metric = (c: number) => ({ total, covered: c, skipped: 0, pct: Math.round((c / total) * 10000) / 100 });
  return { total: { lines: metric(covered), statements: metric(covered), functions: metric(total), branches: metric(total) } };
}

export function junit(tests: number, failed: number): string {
  const cases = Array.from({ length: tests }, (_, i) =>
    i < failed
      ? `    <testcase classname="crm.sync" name="case ${i}" time="0.01"><failure message="expected 200, got 500">AssertionError</failure></testcase>`
      : `    <testcase classname="crm.sync" name="case ${i}" time="0.01"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${tests}" failures="${failed}">\n  <testsuite name="regression" tests="${tests}" failures="${failed}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

/** A workflow_dispatch run of the release workflow in the double, triggered by `actor` at `commit`. */
export function releaseRun(world: ReleaseWorld, commit: string, actor = SUBMITTER): RunRecord {
  return world.github.state.addRun(OWNER, REPO, { workflow: 'plugin-release.yml', event: 'workflow_dispatch', actor, headSha: commit, status: 'in_progress' });
}

/** The run now waits on `environment` (its gated job was reached). */
export function waitOn(world: ReleaseWorld, run: RunRecord, environment: string): void {
  run.pending.push({ environment, waitTimerStartedAt: world.github.state.now() });
  run.status = 'waiting';
}

/** What every step of the run sees: the run's identity and where GitHub and the platform are. */
export function runEnv(world: ReleaseWorld, run: RunRecord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_API_URL: world.github.url,
    GITHUB_SERVER_URL: world.github.url,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: run.headSha,
    GITHUB_ACTOR: run.actor,
    GITHUB_TRIGGERING_ACTOR: run.triggeringActor,
    ...extra,
  };
}
