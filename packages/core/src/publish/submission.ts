/**
 * Stage 1, the submission preflight: the manifest is valid, names this version, the version is new and greater
 * than the last release, the artifact's SHA-256 is known and at least one signature verifies under the policy.
 * The same decision serves `actions/publish-request` and `powerx publish create`.
 */
import { checkConfig } from '../config/load.js';
import { formatIssue, type ConfigIssue } from '../errors.js';
import { code, STATUS_ICON, table } from '../markdown.js';
import { check, checksTable, failures, type Check, type Reason } from './checks.js';
import type { PlanManifest } from './plan.js';
import { verifyArtifactSignatures, type SignatureCheck, type SignatureInput, type SignaturePolicy } from './signature.js';
import { checkNewVersion, type CatalogVersion } from './version.js';
import { precompiled } from '../config/validate.js';
import manifestSchema from '../config/validators/config/powerx-plugin.generated.cjs';

export interface Manifest extends PlanManifest {
  description?: string;
  license?: string;
  changelog?: string;
  artifact?: { path?: string; signature?: string };
}

export interface SubmissionInput {
  manifestText: string;
  manifestFile: string;
  /** The version the submitter says they release; must equal the manifest's when given. */
  version?: string;
  artifact: Buffer;
  artifactName: string;
  signatures: readonly SignatureInput[];
  /** Signature files named for the submission that do not exist. */
  missingSignatures?: readonly string[];
  policy: SignaturePolicy;
  /** This plugin's releases in the catalog (empty for a new plugin). */
  releases: readonly CatalogVersion[];
  repository: string;
  submitter: string;
  now: Date;
}

export interface SubmissionDecision {
  outcome: 'passed' | 'failed';
  plugin: string;
  version: string;
  subject: string;
  digest: string;
  size: number;
  artifact: string;
  submitter: string;
  /** The same version and digest were already submitted (a re-run). */
  resubmission: boolean;
  manifest?: Manifest;
  manifestIssues: ConfigIssue[];
  signatures: SignatureCheck[];
  checks: Check[];
  reasons: Reason[];
}

function loadManifest(text: string, file: string): { manifest?: Manifest; issues: ConfigIssue[] } {
  const result = checkConfig<Manifest>(text, file, precompiled(manifestSchema));
  return result.ok ? { manifest: result.value, issues: [] } : { issues: result.issues };
}

export function evaluateSubmission(input: SubmissionInput): SubmissionDecision {
  const checks: Check[] = [];
  const { manifest, issues } = loadManifest(input.manifestText, input.manifestFile);
  if (manifest) {
    checks.push(check('manifest', 'Plugin manifest is valid', 'pass', `${manifest.id} ${manifest.version} (${input.manifestFile})`));
  } else {
    const first = issues[0];
    checks.push(
      check('manifest', 'Plugin manifest is valid', 'fail', `${issues.length} problem(s): ${issues.slice(0, 3).map(formatIssue).join('; ')}`, {
        code: 'manifest-invalid',
        ...(first ? { location: { file: first.file, line: first.line, column: first.column, pointer: first.pointer } } : {}),
      }),
    );
  }

  const version = manifest?.version ?? input.version ?? '';
  if (manifest && input.version && input.version !== manifest.version) {
    checks.push(check('version-match', 'Submitted version matches the manifest', 'fail', `submitted ${input.version}, the manifest says ${manifest.version}`, { code: 'version-mismatch', location: { file: input.manifestFile, pointer: '/version' } }));
  }

  const signatures = verifyArtifactSignatures(input.artifact, input.signatures, input.policy, input.repository, input.now);
  checks.push(check('digest', 'Artifact SHA-256', 'pass', `${input.artifactName}: sha256:${signatures.digest} (${input.artifact.length} bytes)`));

  let resubmission = false;
  if (version) {
    const decision = checkNewVersion(version, signatures.digest, input.releases);
    resubmission = decision.resubmission;
    checks.push(decision.check);
  }

  const verified = signatures.checks.find((c) => c.verified);
  if (verified) {
    const who = verified.signer?.subject ? `${verified.signer.subject} (${verified.signer.issuer})` : `key ${verified.signer?.keyHint}`;
    checks.push(check('signature', 'Artifact signature verifies', 'pass', `${verified.kind} signature in ${verified.file} by ${who}`));
  } else {
    const first = signatures.checks[0]?.failure;
    const missing = (input.missingSignatures ?? []).map((f) => `${f}: does not exist`);
    const all = [...missing, ...signatures.checks.filter((c) => c.file || missing.length === 0).map((c) => `${c.file ?? 'signature'}: ${c.failure?.message ?? 'not verified'}`)].join('; ');
    checks.push(check('signature', 'Artifact signature verifies', 'fail', all, { code: first?.code ?? 'signature-invalid' }));
  }

  const reasons = failures(checks).map((r) => ({ ...r, stage: 'submit' }));
  const plugin = manifest?.id ?? '';
  return {
    outcome: reasons.length === 0 ? 'passed' : 'failed',
    plugin,
    version,
    subject: `${plugin || 'unknown'}@${version || 'unknown'}`,
    digest: signatures.digest,
    size: input.artifact.length,
    artifact: input.artifactName,
    submitter: input.submitter,
    resubmission,
    ...(manifest ? { manifest } : {}),
    manifestIssues: issues,
    signatures: signatures.checks,
    checks,
    reasons,
  };
}

/** The platform's manifest shape (every field present). */
export function platformManifest(manifest: Manifest): {
  id: string;
  version: string;
  name?: string;
  host: string;
  runtimes: Record<string, string>;
  dependencies: Record<string, string | { range: string; optional?: boolean }>;
  migrations: { schema: number; minFrom: number; reversible: boolean };
} {
  return {
    id: manifest.id,
    version: manifest.version,
    ...(manifest.name ? { name: manifest.name } : {}),
    host: manifest.host,
    runtimes: manifest.runtimes ?? {},
    dependencies: manifest.dependencies ?? {},
    migrations: {
      schema: manifest.migrations?.schema ?? 0,
      minFrom: manifest.migrations?.minFrom ?? 0,
      reversible: manifest.migrations?.reversible ?? false,
    },
  };
}

/** The JSON both front-ends print and write: the decision plus what was uploaded. */
export function submissionReport(decision: SubmissionDecision, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { manifest, ...rest } = decision;
  return { stage: 'submit', ...rest, ...(manifest ? { manifest: platformManifest(manifest) } : {}), ...extra };
}

export function renderSubmissionMarkdown(decision: SubmissionDecision, upload?: { artifact: { digest: string; size: number } }): string {
  const icon = decision.outcome === 'passed' ? STATUS_ICON.pass : STATUS_ICON.fail;
  const lines = [
    `### ${icon} Submission ${code(decision.subject)} ${decision.outcome === 'passed' ? 'accepted' : 'blocked'}`,
    '',
    `Submitted by ${decision.submitter ? `@${decision.submitter}` : '(unknown)'}; artifact ${code(decision.artifact)} sha256 ${code(decision.digest)}.`,
    '',
    checksTable(decision.checks),
    '',
  ];
  if (decision.manifestIssues.length > 0) {
    lines.push(table(['Where', 'Problem'], decision.manifestIssues.map((i) => [`${i.file ?? ''}${i.line ? `:${i.line}` : ''}`, `${i.pointer ? `${code(i.pointer)} ` : ''}${i.message}`])), '');
  }
  if (decision.signatures.length > 0) {
    lines.push(
      table(
        ['Signature', 'Kind', 'Signer', 'Result'],
        decision.signatures.map((s) => [s.file ?? '—', s.kind ?? '—', s.signer?.subject ? `${s.signer.subject} (${s.signer.issuer})` : s.signer?.keyHint ? `key ${s.signer.keyHint}` : '—', s.verified ? STATUS_ICON.pass : `${STATUS_ICON.fail} ${s.failure?.code}: ${s.failure?.message}`]),
      ),
      '',
    );
  }
  if (upload) lines.push(`Uploaded to the platform: ${code(upload.artifact.digest)}, ${upload.artifact.size} bytes.`, '');
  else if (decision.outcome === 'passed') lines.push('Not uploaded (preflight only).', '');
  return lines.join('\n');
}
